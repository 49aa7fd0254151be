"""The published sources that the knowledge base names beside each fact."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    id: str
    short: str
    citation: str


SEED = Source(
    "seed", "Project article",
    "'Pain in the butt?', the clinic article this project grew from (L3-4, L4-5 and L5-S1 "
    "skin areas; piriformis syndrome and the FAIR test)",
)
ISNCSCI = Source(
    "isncsci", "ISNCSCI 2019",
    "American Spinal Injury Association. International Standards for Neurological "
    "Classification of Spinal Cord Injury, revised 2019 (key sensory points, key muscles)",
)
LEE_2008 = Source(
    "lee-2008", "Lee, McPhee & Stringer 2008",
    "Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes. "
    "Clin Anat 2008;21:363-73",
)
KEEGAN_1948 = Source(
    "keegan-1948", "Keegan & Garrett 1948",
    "Keegan JJ, Garrett FD. The segmental distribution of the cutaneous nerves in the limbs "
    "of man. Anat Rec 1948;102:409-37",
)
HOPPENFELD = Source(
    "hoppenfeld", "Hoppenfeld, Orthopaedic Neurology",
    "Hoppenfeld S. Orthopaedic Neurology: A Diagnostic Guide to Neurologic Levels. "
    "Lippincott, 1977 (key muscles, reflexes and sensory areas by level)",
)
STATPEARLS_LDH = Source(
    "statpearls-ldh", "StatPearls, Lumbar Disc Herniation",
    "StatPearls: Lumbar Disc Herniation (about 95 % of lumbar herniations at L4-5 or L5-S1; "
    "in a surgical series of 403, 57 % L4-5, 41 % L5-S1, under 2 % L3-4)",
)
ABDULLAH_1974 = Source(
    "abdullah-1974", "Abdullah et al. 1974",
    "Abdullah AF, Ditto EW, Byrd EB, Williams R. Extreme-lateral lumbar disc herniations. "
    "J Neurosurg 1974;41:229-34 (far-lateral herniations press the exiting root)",
)
TAYLOR_2013 = Source(
    "taylor-2013", "Taylor et al. 2013",
    "Taylor CS, Coxon AJ, Watson PC, Greenough CG. Do L5 and S1 nerve root compressions "
    "produce radicular pain in a dermatomal pattern? Spine 2013;38:995-8",
)
MURPHY_2009 = Source(
    "murphy-2009", "Murphy et al. 2009",
    "Murphy DR, Hurwitz EL, Gerrard JK, Clary R. Pain patterns and descriptions in patients "
    "with radicular pain: does the pain necessarily follow a specific dermatome? "
    "Chiropr Osteopat 2009;17:9",
)
FISHMAN_2002 = Source(
    "fishman-2002", "Fishman et al. 2002",
    "Fishman LM, Dombi GW, Michaelsen C, et al. Piriformis syndrome: diagnosis, treatment, "
    "and outcome, a 10-year study. Arch Phys Med Rehabil 2002;83:295-301 (FAIR test "
    "sensitivity 0.88, specificity 0.83)",
)
HOPAYIAN_2010 = Source(
    "hopayian-2010", "Hopayian et al. 2010",
    "Hopayian K, Song F, Riera R, Sambandan S. The clinical features of the piriformis "
    "syndrome: a systematic review. Eur Spine J 2010;19:2095-109",
)
FINUCANE_2020 = Source(
    "finucane-2020", "Finucane et al. 2020",
    "Finucane LM, Downie A, Mercer C, et al. International framework for red flags for "
    "potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50:350-72",
)
ALBERT_2019 = Source(
    "albert-2019", "Albert et al. 2019",
    "Albert HB, Hansen JK, Søgaard H, Kent P. Where do patients with MRI-confirmed single-level "
    "radiculopathy experience pain, and what is the clinical interpretability of these pain "
    "patterns? Chiropr Man Therap 2019;27:50",
)
TACHIBANA_2016 = Source(
    "tachibana-2016", "Tachibana et al. 2016",
    "Tachibana et al., 2016: the level of lumbar radiculopathy told from where the symptoms "
    "lie, agreeing with the confirmed level in 68.8 % of patients",
)
