"""The names of the cue classes each locale's ``faqsvc/data/urgent/<locale>.json`` may hold, and
what each is for (split from ``urgent_rules.py``, which had grown past its size, when the
twenty-fourth blind set's cues came). The loader (``urgent_loading``) compiles every one of them;
the required ones must be present, the later ones may be absent (an empty list).
"""

from __future__ import annotations

CUE_FIELDS = ("report", "asking", "hypothetical", "negation", "long_standing", "recent")
# Optional cues: a sign told as over ("it went away", "ya se me pasó") and its coming back; a
# sign denied right after it is named ("fiebre no tengo", "febre não tenho"), matched where it ends;
# the procedure still to come ("booked for next week"), looked for in the whole message.
# The story cues (see ``urgent._told_as_story``): whose sign it is (``others``: a neighbour or
# a friend, not the person cared for, unless ``self`` names the writer or the one cared for in
# the sign's clause; with ``me_too``: "can this happen to me", "is it common"); a sign
# checked and explained by a clinician (``explained``); a question how to recognise one
# (``recognising``); a named cause of long standing (``cause``, "since the chemo", "since my
# stroke six years ago", "since my fall two months ago") that only ``new`` ("now",
# "suddenly", "since the cement") overrides; a blood thinner asked about
# (``thinners``); a small thing asked as normal (``mild``); a clause that carries the
# condition of the one before it (``alternative``: "or", "或者"); a paper that lists signs
# (``quoted``: "the leaflet says", "出院单上写着"), before the sign in its sentence; a
# serious sign told, then asked after as "normal?" in a clause of its own (``checking``); the
# needle site that hurts when touched (``tender``: "the puncture hurts like hell if anyone
# touches it"), which is soreness, not a sudden severe pain (the eleventh set); a sign seen
# elsewhere (``elsewhere``: "in a documentary where", "in a novel I'm reading", "our cat"), on
# a screen, in a book or in an animal, before the sign in its sentence; a sign guessed at in a
# clause of its own after a question how to recognise it (``guess``: "by", "por", "an einem",
# at the start of the sign's clause; the twelfth set); a condition told without a plain "if"
# before the sign, anywhere in its clause (``condition``: "should my arms go weak", Vietnamese
# "mà thấy … thì gọi"); a food or drug that colours the urine, in a bleeding's question
# (``dyed``: "beetroot", "remolacha"); an animal (``animal``: "our dog", "我家猫"), whose sign
# a time word does not make the writer's (the thirteenth set); urgent words in another sense in
# the sign's clause (``figurative``: "just thinking about the needle", "rien qu'en voyant la
# date", "一想到", "đói muốn xỉu"), fear or hunger told, not a sign (the fourteenth set); a
# sign of long standing or of a known cause told as no different since the procedure
# (``unchanged``: "same as before", "还是老样子", "vẫn vậy"; the fifteenth set); a sign dreamt
# (``dreamt``: "I dreamt", "soñé", "梦见"), before the sign in its sentence, unless a waking
# (``awake``: "woke up with", "seit dem Aufwachen") stands between them (the sixteenth set).
# Whose sign and when (``urgent_whose``, the seventeenth and eighteenth sets): a relative or
# child (``bystander``), the writer's own procedure (``own_procedure``) or another's
# (``their_procedure``), a first-person subject (``first_person``); before the procedure
# (``before_op``) and gone now (``gone_now``); "is it normal that" (``is_normal``), "is it normal to have" (``is_normal_to``) with
# a time since the procedure (``tied_time``: "day 4", "yesterday", "mổ được 4 ngày"); an
# everyday cause told with the sign (``ordinary_trigger``: "stood up too quickly", "盘腿"); a
# state told as unlike the usual (``unlike_usual``: "pas du tout comme d'habitude"), which no
# habit word makes long-standing; "otherwise all fine" (``otherwise_fine``) after "is it normal".
# A sign named as a word, not had (``mentioned``, the nineteenth set): "when I search for
# chest pain", "gõ chữ 'sốt'", "一搜“胸痛”", a pattern where "§" stands for the sign.
# Hearsay of people in general (``hearsay``: "my neighbour says", "j'ai lu que"; ``generic``:
# "you", "on", "man", "algumas pessoas"; ``is_true``: "is that true?", "stimmt das?"), the
# kinds written ahead (``urgent_whose.hearsay_general``). A future or conditional frame
# (``future``) and a sign told as treated (``treated``): session 26's kinds (``urgent_ahead``).
# A contrast ("but", "pero", "aber", "但是", "بس") ends what the page or a paper says before it,
# and a fear or an imagining ("picturing myself", "me imagino", 想象) supposes the sign after
# it in its clause: the twenty-first set's kinds (``urgent_page``). A sign dated weeks back
# (``weeks_back``) with the procedure still to come (``to_come``), or told as the reason for it
# (``reason_for``), unless tied to now (``today``): the twenty-second set's (``urgent_reason``).
# A time tying a sign to now (``ongoing``: "since yesterday", "desde esta mañana"), a sign each
# time the patient does something (``habit``: "cada vez que"), the nurse's instructions of what
# to watch for (``instructed``), drowsiness (``drowsy``) told with a clear head (``lucid``): the
# twenty-third set's (``urgent_asked``).
# A question whether a sign told can wait (``wait_asked``: "can it wait until Monday?", "¿me
# espero?", 能拖到周一吗), which asks about the wait, not the sign; a question of degree, kind
# or moment about going to the emergency department (``when_to_go``: "how high a fever before
# A&E?", "ab wann ... Notaufnahme", 烧到多少度算急诊), which asks of a sign in general: the
# twenty-fourth set's (``urgent_wait``). A question asking for the warning signs of an illness
# (``signs_of``: "what are the red flags for sepsis?", 心梗有什么先兆): the twenty-fifth set's
# (``urgent_letters``). A return denied (``never_again``: "it hasn't come back", "no ha vuelto
# a pasar", "n'est jamais revenue", 之后再没, "ما رجع"), which tells the sign as gone and is no
# ``returned``: the twenty-sixth set's (``urgent_story.came_back``). A form or questionnaire
# (``form``: "form", "Fragebogen", 表格) asked how to fill in (``fill_in``: "do I tick yes",
# "je coche", 勾), and a shower or bath named in a sentence with no blood (``washed``): the
# twenty-seventh set's (``urgent_everyday``). A clause that opens as the consequence of the one
# before it (``consequence``: "..., dass ich", "..., da krieg ich", "..., que"), whose figure of
# speech may stand in that clause before it: the twenty-eighth set's (``urgent_page.feared``),
# as is a comparison with before the procedure, which dates nothing (``compared_before``:
# "better than before the op", ``urgent_followup``), and a message addressed to a group
# (``forum``: "anyone here", "question for the group", 各位), whose questions ask its readers.
# The procedure's own hours (``at_procedure``: "the evening of the procedure", "in the recovery
# room", "the first day home", 复苏室, "ليلة العملية"), where a sign told as over for good since
# is the twenty-ninth set's settled control (``urgent_whose.gone_since_before``).
# Someone who is never the one who had the cement (``never_patient``: a grandchild, a baby, a
# stranger at the bus stop: "my grandson", "un señor", "une dame", 有个老太太, "في ست"), whose
# sign told before a question of one's own is theirs: the thirty-first set's kind, written ahead
# (``urgent_whose.not_the_patients``). A sign likened to something lived before (``likened``:
# "just like my heart attack in 2016", "como cuando me dio el ictus hace tres años", 跟...一样),
# whose time words date the thing it is likened to, not the sign (``without_comparison``).
LATER_CUE_FIELDS = (
    "resolved",
    "returned",
    "denied_after",
    "planned",
    "others",
    "self",
    "me_too",
    "explained",
    "recognising",
    "cause",
    "new",
    "thinners",
    "mild",
    "alternative",
    "quoted",
    "checking",
    "tender",
    "elsewhere",
    "guess",
    "condition",
    "dyed",
    "animal",
    "figurative",
    "unchanged",
    "exertion",
    "dreamt",
    "awake",
    "bystander",
    "own_procedure",
    "their_procedure",
    "first_person",
    "before_op",
    "gone_now",
    "is_normal",
    "is_normal_to",
    "tied_time",
    "ordinary_trigger",
    "unlike_usual",
    "otherwise_fine",
    "mentioned",
    "bruise",
    "colour",
    "hearsay",
    "generic",
    "is_true",
    "future",
    "treated",
    "contrast",
    "imagined",
    "weeks_back",
    "to_come",
    "reason_for",
    "today",
    "ongoing",
    "habit",
    "instructed",
    "drowsy",
    "lucid",
    "wait_asked",
    "when_to_go",
    "signs_of",
    "never_again",
    "form",
    "fill_in",
    "washed",
    "consequence",
    "compared_before",
    "forum",
    "at_procedure",
    "never_patient",
    "likened",
)
