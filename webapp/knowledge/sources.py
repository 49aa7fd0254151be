"""The published sources that the knowledge base names beside each fact."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    id: str
    short: str
    citation: str


SEED = Source(
    "seed", "Clinic article",
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
    "and outcome, a 10-year study. Arch Phys Med Rehabil 2002;83:295-301 (an electrical test, "
    "the H-reflex delayed in the FAIR position: sensitivity 0.88, specificity 0.83 against the "
    "authors' own clinical definition; not the bedside manoeuvre's accuracy)",
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

# The differential: the examination, the mimics of a pressed root, urgency.
SURI_2011 = Source(
    "suri-2011", "Suri et al. 2011",
    "Suri P, Rainville J, Katz JN, et al. The accuracy of the physical examination for the "
    "diagnosis of midlumbar and low lumbar nerve root impingement. Spine 2011;36:63-73",
)
TAWA_2017 = Source(
    "tawa-2017", "Tawa et al. 2017",
    "Tawa N, Rhoda A, Diener I. Accuracy of clinical neurological examination in diagnosing "
    "lumbo-sacral radiculopathy: a systematic literature review. BMC Musculoskelet Disord 2017;18:93",
)
IVERSEN_2013 = Source(
    "iversen-2013", "Iversen et al. 2013",
    "Iversen T, Solberg TK, Romner B, et al. Accuracy of physical examination for chronic lumbar "
    "radiculopathy. BMC Musculoskelet Disord 2013;14:206",
)
VAN_DER_WINDT_2010 = Source(
    "van-der-windt-2010", "van der Windt et al. 2010 (Cochrane)",
    "van der Windt DA, Simons E, Riphagen II, et al. Physical examination for lumbar radiculopathy "
    "due to disc herniation in patients with low-back pain. Cochrane Database Syst Rev 2010;CD007431",
)
JEON_2013 = Source(
    "jeon-2013", "Jeon et al. 2013",
    "Jeon CH, Chung NS, Lee YS, Son KH, Kim JH. Assessment of hip abductor power in patients with "
    "foot drop: a simple and useful test to differentiate lumbar radiculopathy and peroneal "
    "neuropathy. Spine 2013;38:257-63",
)
HOPAYIAN_2018 = Source(
    "hopayian-2018", "Hopayian & Danielyan 2018",
    "Hopayian K, Danielyan A. Four symptoms define the piriformis syndrome: an updated "
    "systematic review of its clinical features. Eur J Orthop Surg Traumatol 2018;28:155-64",
)
MARTIN_2014 = Source(
    "martin-2014", "Martin et al. 2014",
    "Martin HD, Kivlan BR, Palmer IJ, Martin RL. Diagnostic accuracy of clinical tests for sciatic "
    "nerve entrapment in the gluteal region. Knee Surg Sports Traumatol Arthrosc 2014;22:882-8 "
    "(23 entrapments found at endoscopy, 10 controls: the seated piriformis stretch, the FAIR "
    "position taken seated, sensitivity 0.52, specificity 0.90; the straight leg raise 0.15, 0.95)",
)
NOURAEI_2007 = Source(
    "nouraei-2007", "Nouraei et al. 2007",
    "Nouraei SAR, Anand B, Spink G, O'Neill KS. A novel approach to the diagnosis and management "
    "of meralgia paresthetica. Neurosurgery 2007;60:696-700",
)
VAN_SLOBBE_2004 = Source(
    "van-slobbe-2004", "van Slobbe et al. 2004",
    "van Slobbe AM, Bohnen AM, Bernsen RM, Koes BW, Bierma-Zeinstra SM. Incidence rates and "
    "determinants in meralgia paresthetica in general practice. J Neurol 2004;251:294-7",
)
STEWART_FOCAL = Source(
    "stewart-2010", "Stewart, Focal Peripheral Neuropathies",
    "Stewart JD. Focal Peripheral Neuropathies, 4th ed. JBJ Publishing, 2010 (cutaneous "
    "territories and muscles of the leg's nerves; what each lesion spares)",
)
KHAN_2004 = Source(
    "khan-2004", "Khan et al. 2004",
    "Khan AM, McLoughlin E, Giannakas K, Hutchinson C, Andrew JG. Hip osteoarthritis: where is "
    "the pain? Ann R Coll Surg Engl 2004;86:119-21",
)
BROWN_2004 = Source(
    "brown-2004", "Brown et al. 2004",
    "Brown MD, Gomez-Marin O, Brookfield KF, Li PS. Differential diagnosis of hip disease versus "
    "spine disease. Clin Orthop Relat Res 2004;(419):280-4",
)
GRIMALDI_2017 = Source(
    "grimaldi-2017", "Grimaldi et al. 2017",
    "Grimaldi A, Mellor R, Nicolson P, et al. Utility of clinical tests to diagnose MRI-confirmed "
    "gluteal tendinopathy in patients presenting with lateral hip pain. Br J Sports Med 2017;51:519-24",
)
LEQUESNE_2008 = Source(
    "lequesne-2008", "Lequesne et al. 2008",
    "Lequesne M, Mathieu P, Vuillemin-Bodaghi V, Bard H, Djian P. Gluteal tendinopathy in refractory "
    "greater trochanter pain syndrome: diagnostic value of two clinical tests. Arthritis Rheum "
    "2008;59:241-6",
)
TORTOLANI_2002 = Source(
    "tortolani-2002", "Tortolani et al. 2002",
    "Tortolani PJ, Carbone JJ, Quartararo LG. Greater trochanteric pain syndrome in patients "
    "referred to orthopedic spine specialists. Spine J 2002;2:251-4",
)
GIRFT_2023 = Source(
    "girft-2023", "GIRFT national CES pathway 2023",
    "Getting It Right First Time (NHS England). National suspected cauda equina syndrome "
    "pathway, 2023 (suspected CES, for emergency assessment and MRI: radicular pain in both "
    "legs; altered feeling in the saddle or genitals, including when wiping or passing urine; "
    "new bladder, bowel or sexual dysfunction; a severe or worsening deficit in both legs)",
)
NICE_SCIATICA = Source(
    "nice-cks-sciatica", "NICE CKS: Sciatica",
    "National Institute for Health and Care Excellence. Clinical Knowledge Summaries: Sciatica "
    "(lumbar radiculopathy), red flags and when to refer",
)
NICE_NG234 = Source(
    "nice-ng234", "NICE NG234 2023",
    "National Institute for Health and Care Excellence. Spinal metastases and metastatic spinal "
    "cord compression, NG234, 2023 (in a person with cancer, pain suggesting spinal metastases, "
    "nerve root pain included: contact the MSCC team within 24 hours; with neurological "
    "symptoms or signs, immediately)",
)
PROJECT_ESTIMATE = Source(
    "project-estimate", "This project's estimate",
    "No published figure was found; the number is this project's estimate, named as such "
    "beside it",
)
VROOMEN_1999 = Source(
    "vroomen-1999", "Vroomen et al. 1999",
    "Vroomen PCAJ, de Krom MCTFM, Knottnerus JA. Diagnostic value of history and physical "
    "examination in patients suspected of sciatica due to disc herniation: a systematic review. "
    "J Neurol 1999;246:899-906 (straight leg raise: sensitivity 0.85, specificity 0.52)",
)
AL_NEZARI_2013 = Source(
    "al-nezari-2013", "Al Nezari et al. 2013",
    "Al Nezari NH, Schneiders AG, Hendrick PA. Neurological examination of the peripheral nervous "
    "system to diagnose lumbar spinal disc herniation with suspected radiculopathy: a systematic "
    "review and meta-analysis. Spine J 2013;13:657-74 (paresis, reflexes and sensation: "
    "sensitivities 0.22 to 0.40, specificities 0.59 to 0.79)",
)
JONSSON_1995 = Source(
    "jonsson-1995", "Jönsson & Strömqvist 1995",
    "Jönsson B, Strömqvist B. Motor affliction of the L5 nerve root in lumbar nerve root "
    "compression syndromes. Spine 1995;20:2012-5 (severe big-toe extensor paresis in 20 of 187 "
    "disc herniations)",
)
FURMAN_2019 = Source(
    "furman-2019", "Furman & Johnson 2019",
    "Furman MB, Johnson SC. Induced lumbosacral radicular symptom referral patterns: a descriptive "
    "study. Spine J 2019, PMID 29800710 (symptoms provoked at 125 transforaminal injections of the L3 to "
    "S1 roots in 71 patients, drawn on a body chart; the per-region shares as re-tabulated by "
    "wikimsk.org)",
)
LESHER_2008 = Source(
    "lesher-2008", "Lesher et al. 2008",
    "Lesher JM, Dreyfuss P, Hager N, Kaplan M, Furman M. Hip joint pain referral patterns: a "
    "descriptive study. Pain Med 2008;9:22-5 (pain confirmed by intra-articular injection: "
    "buttock 71 %, thigh 57 %, groin 55 %, below the knee 22 %)",
)
KONSTANTINOU_2015 = Source(
    "konstantinou-2015", "Konstantinou et al. 2015 (ATLAS)",
    "Konstantinou K, Dunn KM, Ogollah R, Vogel S, Hay EM. Characteristics of patients with low back "
    "and leg pain seeking treatment in primary care: baseline results from the ATLAS cohort study. "
    "BMC Musculoskelet Disord 2015;16:332 (74.2 % of back-related leg pain was sciatica)",
)
JANKOVIC_2013 = Source(
    "jankovic-2013", "Jankovic et al. 2013",
    "Jankovic D, Peng P, van Zundert A. Brief review: piriformis syndrome: etiology, diagnosis, and "
    "management. Can J Anaesth 2013;60:1003-12 (buttock pain in 97.9 % of reported cases, low back "
    "pain in 18.1 %)",
)
FOOT_DROP_EDX_1989 = Source(
    "foot-drop-edx-1989", "Foot drop series 1989",
    "A retrospective electrodiagnostic evaluation of footdrop in 303 patients. Electromyogr Clin "
    "Neurophysiol 1989;29:145-52 (common peroneal 30.6 %, L5 radiculopathy 19.7 %)",
)
NHS_SCIATICA = Source(
    "nhs-sciatica", "NHS: Sciatica",
    "NHS website. Sciatica (nhs.uk/conditions/sciatica): it usually gets better in 4 to 6 weeks; "
    "keep up normal activities; see a GP if it has not improved after a few weeks; go to A&E or "
    "call 999 for sciatica on both sides, numbness around the genitals or back passage, or new "
    "trouble controlling the bladder or bowel",
)
NICE_NG59 = Source(
    "nice-ng59", "NICE NG59",
    "National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s: "
    "assessment and management, NG59, 2016, updated 2020 (encourage normal activities and "
    "exercise; do not offer acupuncture for low back pain with or without sciatica)",
)
NCCIH_CUPPING = Source(
    "nccih-cupping", "NCCIH: Cupping",
    "National Center for Complementary and Integrative Health (US National Institutes of "
    "Health). Cupping: most research on it is of low quality; it may ease pain, but the "
    "evidence is not strong; it leaves marks on the skin and has been linked to lasting "
    "discoloration, scars, burns and infections",
)
METCALFE_2019 = Source(
    "metcalfe-2019", "Metcalfe et al. 2019",
    "Metcalfe D, Perry DC, Claireaux HA, Simel DL, Zogg CK, Costa ML. Does this patient have hip "
    "osteoarthritis? The rational clinical examination systematic review. JAMA 2019;322:2323-33 "
    "(6 studies, 1,110 patients, radiographic reference: groin pain when the hip is moved "
    "passively, sensitivity 0.33, specificity 0.94)",
)
