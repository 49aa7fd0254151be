"""The patient information pages: what sciatica is, its causes, dermatomes, piriformis
syndrome, the nerves and the hip that mimic it, care, and when to seek urgent care.
Plain pages, one template each."""

from dataclasses import dataclass

from flask import Blueprint, render_template

from ..headers import vary_on_what_answers_depend_on
from ..knowledge.dermatomes import PAIN_SPREAD_SOURCES, SEED_DISCS, root_pressed_by
from ..knowledge.findings import FAIR_H_REFLEX, FAIR_TEST
from ..knowledge.red_flags import EMERGENCY_HOW, RED_FLAG_RULES, URGENCY_HEADINGS
from ..knowledge.sources import (
    FISHMAN_2002,
    GRIMALDI_2017,
    HOPAYIAN_2010,
    ISNCSCI,
    JEON_2013,
    KEEGAN_1948,
    KHAN_2004,
    LEE_2008,
    LESHER_2008,
    MARTIN_2014,
    METCALFE_2019,
    NCCIH_CUPPING,
    NHS_SCIATICA,
    NICE_NG59,
    NOURAEI_2007,
    SEED,
    STATPEARLS_LDH,
    STEWART_FOCAL,
    TORTOLANI_2002,
    VAN_SLOBBE_2004,
    Source,
)
from ..text import N_

blueprint = Blueprint("info", __name__, url_prefix="/info")
blueprint.after_request(vary_on_what_answers_depend_on)


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    summary: str
    sources: tuple[Source, ...]


# In reading order: the index and the "More about sciatica" links list them this way.
TOPICS: tuple[Topic, ...] = (
    Topic("sciatica", N_("What is sciatica?"),
          N_("A sign that a nerve is irritated, and where that nerve runs."), (SEED,)),
    Topic("causes", N_("What causes sciatica?"),
          N_("Discs, a narrow spinal canal, and some less common reasons."), (SEED, HOPAYIAN_2010)),
    Topic("dermatomes", N_("Where you feel it: dermatomes"),
          N_("How the place you feel it can point to a nerve root in your back."),
          (SEED, LEE_2008, KEEGAN_1948, ISNCSCI, STATPEARLS_LDH, *PAIN_SPREAD_SOURCES)),
    Topic("piriformis", N_("Piriformis syndrome"),
          N_("A tight muscle deep in the buttock that can press on the nerve."),
          (SEED, HOPAYIAN_2010, MARTIN_2014, FISHMAN_2002)),
    Topic("nerves", N_("Nerves at the thigh, knee and ankle"),
          N_("Leg pain from a nerve pressed on its way down the leg, not in the spine."),
          (STEWART_FOCAL, NOURAEI_2007, JEON_2013, VAN_SLOBBE_2004)),
    Topic("hip", N_("When the hip is the cause"),
          N_("Pain from the hip joint or the tendons over the outer hip can feel like sciatica."),
          (LESHER_2008, KHAN_2004, METCALFE_2019, GRIMALDI_2017, TORTOLANI_2002)),
    Topic("care", N_("Acupuncture and cupping"),
          N_("What these treatments are, what the evidence says, their risks, and what helps first."),
          (SEED, NICE_NG59, NHS_SCIATICA, NCCIH_CUPPING)),
    Topic("urgent", N_("When to get urgent help"),
          N_("Warning signs that need a doctor today, or right now."),
          tuple(dict.fromkeys(source for rule in RED_FLAG_RULES for source in rule.sources))),
)
TOPICS_BY_SLUG: dict[str, Topic] = {topic.slug: topic for topic in TOPICS}




def topic_context(slug: str) -> dict:
    """What each page needs from the knowledge base beyond its own words."""
    if slug == "dermatomes":
        # The project article's three segments, each with the root its disc presses.
        return {"seed_segments": [(disc, root_pressed_by(disc)) for disc in SEED_DISCS]}
    if slug == "piriformis":
        return {"fair": FAIR_TEST, "fair_h_reflex": FAIR_H_REFLEX}
    if slug == "care":
        return {"nhs": NHS_SCIATICA, "nice": NICE_NG59, "nccih": NCCIH_CUPPING}
    if slug == "urgent":
        return {"red_flag_rules": RED_FLAG_RULES, "emergency_how": EMERGENCY_HOW,
                "urgency_headings": URGENCY_HEADINGS}
    return {}


@blueprint.get("/")
def index():
    return render_template("info/index.html", topics=TOPICS)


def show_topic(slug: str):
    return render_template(f"info/{slug}.html", topic=TOPICS_BY_SLUG[slug], topics=TOPICS,
                           **topic_context(slug))


# One rule per page, each its own endpoint (url_for("info.urgent")); any other name is a 404.
for _topic in TOPICS:
    blueprint.add_url_rule(f"/{_topic.slug}", endpoint=_topic.slug, view_func=show_topic,
                           defaults={"slug": _topic.slug}, methods=["GET"])
