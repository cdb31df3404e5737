"""The urgent rules on the third to thirty-second blind sets (tests/data/urgent_blind_{3..32}/README.md).

The third set, unstudied, gave recall 0.948 and 5.2 % false alarms (the rules before issue 17's
rework reached 0.865 and 12.5 %). Its five misses were then studied and their kinds written into
the rules and into ``test_urgent_kinds.BLIND3_KINDS``: 1.0 and 4.2 %; the four false alarms left
are on the "when in doubt, alert" side (a warning-signs question listing them, a dizzy spell that
passed, a pain "for 3 months since I fell").

The fourth set has the sign as an aside to an ordinary question ("when can I shower, the wound
is hot and leaking"). Unstudied it gave 0.958 and 5.2 %, as before the third set was studied, so
that study had not carried over to fresh wording. Its four misses and five false alarms, studied
by kind (``test_urgent_kinds.BLIND4_KINDS``: Levantine "لما" with a past verb tells when, not if;
"el peor dolor de mi vida"; "não tá falando coisa com coisa"; a dressing that "suinte jaune" or
"sent pas bon"; a sign denied after it, "fiebre no tengo"; "il y a 10 ans"; "lâu năm do tiểu
đường"), bring it to 1.0 and 0.

The fifth set has carers, grandchildren and non-fluent writers, and a third of its signs told
by what others see ("the sheets under her back are soaked through red", "keeps nodding off mid
sentence"). Unstudied: recall 0.781 and 13.5 % false alarms (0.771 / 13.5 % with the rules as
they were before sets 3 and 4 were studied), the weakest yet. Studied by kind
(``test_urgent_kinds.BLIND5_KINDS``): 0.990 (only a message in Latin-script Arabic is missed)
and 6.2 %.

The sixth set, never studied, describes half its urgent signs only by what is seen, felt or not
possible, never by name ("I keep having to stop mid-sentence to get air"): recall 0.698 and 1.0 %
false alarms; named signs 1.0, signs described without a name 0.396. That is where the rules
stood on fresh wording. Set 6 is now studied (issue 17, "urgent detection by meaning"): its 29
misses were read by kind (coughing or spitting "something red", vomit like coffee grounds, a red
patch that grows, a sodden dressing; a wound that stinks or leaks yellow, teeth chattering under
blankets; nothing comes out on the toilet, a lower belly hard as a drum; asking where one is,
not knowing who the carer is, wrong or dead people's names, another year, things put in the
fridge, answers beside the point; feet like wood or lead, a hand that will not grip, a leg that
drags or does not obey; a weight or someone kneeling on the breastbone, a heart like a drum, pale
and sweaty; stopping to drag air in, grey lips, sleeping sitting up, drowning when lying down;
"as if" is no "if") and written as rules per locale with our own rows
(``test_urgent_kinds.BLIND6_KINDS``, 270 of whose 394 urgent rows failed before): 1.0 and the
same 1.0 % (a confusion told as over and checked, in Vietnamese). It no longer measures fresh
wording: rounds of our own descriptions measured before they were studied alerted on 45 of 70
(43 with the rules before) and 12 of 36 (12 before), so a seventh, unseen set is the next
honest measure.

The seventh set, never studied, has the same share of signs described without a name and harder
controls (a sign over and checked by a doctor, "what temperature counts as a fever"): recall
0.688 (named 48 of 48, described 18 of 48) and 12.5 % false alarms at the start of session 16.
Never fitted on by the urgent word model (``faqsvc/answering/urgent_model.py``): 0.896 with it;
0.792 by the rules once the sixth set was studied, 0.927 with the model refitted on the sixth
set's kinds rows; false alarms unchanged throughout.

Set 7 is now studied too (issue 17): its 7 misses and 12 false alarms read by kind (a threshold question, "what temperature counts as a fever";
a question about what the procedure can do, "is it true the cement can..."; a friend's story of
her own operation; a sign over and checked by a doctor; "ما فيني" denying a sign; a past event
named with its year or its stent, "心梗放过支架"; the pain that led to the procedure, "since my fall in March ...
would it help"; a leg heavy as iron, a knock on the foot not felt, not knowing one's own home,
falling asleep mid-meal, asking after the dead or the year, a dressing dripping) and written as
rules with our own rows (``test_urgent_kinds.BLIND7_KINDS``, 61 of 138 failing before): recall
0.927 -> 1.0, false alarms 12.5 % -> 0 % (the fifth set's 6.2 % fell to 4.2 % on the way).
An eighth, unseen set is the next measure.

The eighth set, never studied and never fitted on, has a third of its messages from writers in a
second language and a third as short phone messages, and controls that share the urgent
messages' body words (a sign that came and went and was checked, a neighbour's, the pain that is
the reason for the procedure). On the rules after the sixth set was studied: recall 0.740
(named 47 of 48, described 24 of 48), 0.854 with the word model (described 35 of 48); false
alarms 28.1 % with or without it. After the seventh set was studied (rules, and the model
refitted with it): 0.740 by the rules, 0.865 with the model (described 36 of 48), false alarms
27.1 %: rules written by kind for the seventh set's false alarms carried over to one.

Set 8 is now studied too (issue 17). Its 26 false alarms were read as kinds of story, not as
phrases, and each kind became a cue class per locale (faqsvc/data/urgent/<locale>.json, used
in ``urgent._told_as_story``): someone else's sign (``others``: a neighbour, friend, colleague,
in-law; unless ``self`` names the writer or the one cared for in the sign's clause) with a
"can this happen to me / is it common" (``me_too``); a sign checked and explained by a
clinician with a benign verdict (``explained``: "ECG normal", "said it was nerves") and over
or before the procedure; a question how to recognise a sign or what to watch for
(``recognising``; ``alternative`` carries an "if" across "or"); a named cause of long standing
(``cause``: since the chemo, since a stroke years ago, a fall or fracture months ago, angina
with a spray) that only ``new`` ("now", "suddenly", "since the cement", "different", bleeding
going on) overrides; a bleeding asked about on blood thinners (``thinners``); a small thing
at the site asked as "normal?" (``mild``). Its 13 misses became signs described by kind in
every locale (gasping like a fish or panting like a dog, a limb like someone else's, a wet bed
not noticed, a back that cracked and crying lying still, eyes that open and close again when
shaken, talking to the dead, a dressing dark red and dripping). Own rows first
(``test_urgent_kinds.BLIND8_KINDS``, 373): 86 of the first 219 failed before the rules (67 of
122 quiet, 19 of 97 urgent); a second batch of 48 written after them, before tuning, failed 7
(23 with the rules before), a third of 64 after the next round 6 (11 before), and 6 of 16 urgent
look-alikes of the new cues were missed at first (all fixed). Set 8: 0.865 / 27.1 % -> 1.0 / 0 %
(the rules alone 0.740 -> 0.875); false alarms on set 3 4.2 -> 1.0 %, set 5 4.2 -> 2.1 %, set 6
1.0 -> 0 %; no urgent message of any set lost.

The ninth set, never studied and never fitted on, mixes every earlier difficulty (a sign named,
described, or mentioned in passing inside an ordinary question; carers; typos; long stories;
controls with body words used plainly, hard controls and mild expected symptoms). At its arrival
(session 17): rules 0.802, with the word model 0.885, false alarms 7.3 %; after the eighth set
was studied by kind, unchanged recall and 5.2 % false alarms: two of its seven carried over.

Set 9 is now studied too (issue 17). Its 11 misses and 5 false alarms were read as 15 kinds:
blood in the urine told by its colour (wine, rosé, like water meat was washed in); the site
bleeding through with a duration between the German verb and its "durch"; urine held back told
as the urge with nothing coming; numbness between the legs told by what wiping does not feel;
breathlessness at rest told by what speaking costs; breathlessness on a small effort told as new
("since Saturday", "which never used to happen"; "never used to" is no "used to"); confusion
told by behaviour (staring into space, sentences without sense); a faint told as the world going
dark and coming to on the floor; pus told by its colour and smell (Portuguese "furinho"); Chinese
typed by sound ("腿嘛了"); a negation with Arabic "and" joined to it ("ولا يوجد", "وما"); a
relative's sign after another, named operation ("nach seiner Knie-OP damals") as a ``cause``;
a permission question read as "cannot move" ("không biết có được", "能不能动"); a condition
of long standing told as unchanged ("no worse", "vẫn như cũ"; "không nặng hơn" is not "worse");
someone sharing the ward, and the sign repeated inside the "will I get it too?" clause, which is
then no report of one's own. Own rows (``test_urgent_kinds.BLIND9_KINDS``, 373): 45 of the first
223 failed before (18 of 100 urgent, 27 of 123 quiet), 14 of a second batch of 83 written after
the first change (20 with the rules before), 9 of a third of 55 written after the model was
fitted on the set (11 before; a ward neighbour's sign dated "yesterday" is still theirs), and 8
look-alikes of a gap they found ("لم أعد أستطيع", "no longer able to" are "cannot"). Set 9:
0.885 / 5.2 % -> 1.0 / 0 % (the rules alone 0.802 -> 0.917), with the model not yet fitted on
it; no other set changed. The model has since been fitted on set 9 too
(then ``fit_urgent_model.HELD_OUT`` kept patient sets 6-9 and urgent set 10).

The tenth set, never studied and never fitted on: signs that came on slowly or are played down,
messages by writers whose first language is another one, and controls that tell an after-effect
vividly or name a sign while asking about something else. At its arrival (session 18): rules
0.885, with the word model 0.969 (93 of 96), false alarms 4.2 %. Once the ninth set was studied
and the model fitted on it too, still unseen: rules 0.885, with the model 0.948 (91 of 96; the
refit lost two it had read), false alarms 4.2 % unchanged: nothing of set 9's kinds carried over.

Set 10 is now studied too (issue 17). Its 11 misses by the rules (5 with the model) and 4 false
alarms were read as 13 kinds: Arabic typed in Latin letters and digits (read again in Arabic
script); a faint told as falling unconscious and found on the floor; breathlessness at rest
played down or told by what talking costs; chest pressure and a racing heart in a second
language's grammar, and a serious sign then asked after as "normal?"; a limb weakening day by
day told by the effort of lifting it; not waking properly ("se queda frito"); a fever as a bare
number ("38 y pico") and pus on the gauze; legs without strength in broken grammar; a relative's
name given wrong and the operation forgotten; a sudden severe pain whose strength and suddenness
stand in separate comma pieces; and, quiet, a sign quoted from a leaflet or discharge letter
(``quoted``) and a sign denied after it ("Fieber hab ich keins"). Own rows
(``test_urgent_kinds_10.BLIND10_KINDS``, 398): 78 of the first 278 failed before, 10 of a second
batch of 112 written after the first change (32 with the rules before). Set 10: 0.948 / 4.2 % ->
1.0 / 0 % (the rules alone 0.885 -> 1.0) with the model not fitted on it; it has since been
fitted on it (``fit_urgent_model.HELD_OUT`` keeps patient sets 6-9); no other set changed.

The eleventh set, never studied and never fitted on: long messages with the sign told in the
middle or at the end, signs told only by what the person can no longer do or what others see,
controls that mix a past sign with a question, tell after-effects with strong feelings, or ask
when to call. At its arrival (session 19): rules 0.750, with the word model 0.917 (88 of 96),
false alarms 11.5 % (11 of 96).

Set 11 is now studied too (issue 17). Its 24 misses by the rules (8 with the model) and 10 false
alarms were read as kinds: a leg or arm told by what it can no longer do (legs lifted into bed,
a foot that will not come up, a cup that will not stay in the hand, knees that fold under one);
confusion told by what the person does (shoes on the hands, the same question every minute,
phoning with the remote, looking for someone or a pet that died years ago: a death "years ago"
is context, not a long-standing condition); breathlessness never named (stopping every few
steps, unable to lie flat, shoulders heaving, a sentence in several breaths); bleeding told by
what is seen (night clothes soaked dark red and through to the chair) or by pressure failing at
the needle site in a long story with blood thinners; a faint as going down like a sack, a few
seconds gone; a sudden pain as a lash, the worst ever; wetting without noticing; urine the colour
of red wine. Quiet: which signs call for help or when to call (``recognising``, and a sign asked
alone right after such a question), a heart attack with its stent years ago, a fever or muddle
over by itself and explained (and "when can I drive again?" is no sign coming back), the needle
site sore to the touch (``tender``). Own rows (``test_urgent_kinds_11.BLIND11_KINDS``, 317): 79
of the first 240 failed before (118 by the rules alone), 3 of 9 on "again" written after the
first change, 7 of a second batch of 35 written after the rules for the misses (9 by the rules
alone); 146 rows found too close to the set's own messages were replaced by our own situations,
41 of which failed (77 by the rules alone), and a third batch of 34 failed 7 (12). Set 11: 0.917 / 10.4 % -> 1.0 / 0 % (rules alone 0.750
-> 1.0) with the model not fitted on it; it has since been fitted on it
(``fit_urgent_model.HELD_OUT`` keeps urgent set 12 and patient sets 6-11); no other set changed.
The twelfth, never studied and never fitted on: a month of a kiosk, every form mixed (past,
third person, what one can no longer do, fragments, regional speech, long stories, unusual body
words); controls naming signs of others, risks, old conditions, urgent words in another sense.
At its arrival (session 20): with the word model 0.948 (91 of 96; ar 0.75), false alarms 14.6 %.
Set 12 is now studied too (issue 17, session 21): its 17 misses by the rules (4 with the model)
and 12 false alarms were read as kinds and written in our own situations in every locale
(``test_urgent_kinds_12.BLIND12_KINDS``, 398 rows; of the first 262, 71 failed, 125 by the rules
alone; a second batch of 78 failed 44, a third of 20 failed 4, a fourth of 20 in the forms the
set used failed 3, 10 by the rules alone). Signs: urine held back told by what does not come,
blood in the urine seen in a pad, a catheter bag, a urinal or the toilet, numbness where one
sits and leaking not felt, legs that will not stand one up, the nurse taken for one's mother,
talking to someone who is not there, a red patch on the sheet that spreads; Arabic typed in Latin
letters. Quiet: a sign seen on a screen, in a book or in an animal (``elsewhere``), someone
else's sign then "can that happen with vertebroplasty / too? / is that dangerous?", for how long
to keep watching, a sign guessed at after "how would I know" (``guess``), a childhood sign, a
card's "if ..." list, a sign word in another sense. Set 12: 0.958 / 12.5 % -> 1.0 / 0 % (rules
alone 0.823 -> 0.927) with the model not fitted on it; it has since been fitted on it
(``fit_urgent_model.HELD_OUT`` keeps urgent set 13 and patient sets 6-11); no other set changed.
The thirteenth, never studied and never fitted on: a month of a kiosk again, with signs played
down, tied to the procedure by a time word, or two at once; controls of ordinary soreness told
anxiously, the pain that is the reason for the procedure, what to do if, urgent words in another
sense. At its arrival (session 21): 0.927 (89 of 96; fr 0.75), false alarms 8.3 %.
Set 13 is now studied too (issue 17, session 22): its 12 misses by the rules (7 with the model)
and 6 false alarms were read as kinds and written in our own situations in every locale
(``test_urgent_kinds_13.BLIND13_KINDS``, 175 rows and one known gap; of the first 135, 23 failed,
28 by the rules alone; a second batch of 41 in the forms the set still missed failed 14, 22 by
the rules alone). Signs: urine held back "not once", "not at all", played down with the writer's
own excuse and asked as normal; numbness of the saddle told by the region (bottom, groin, inner
thighs, between the legs, nothing felt when wiping) or felt "no longer"; blood in the urine in
slang verbs; confusion as calling for long-dead parents and jumbled words late in a long story.
Quiet: "number" is no numbness; a condition without "if" ("should my arms go weak", "mà thấy …
thì gọi số nào"; ``condition``); "llevo años", carpal tunnel, flu or a cold as the cause of a
sign; a neighbour "of my house" still the neighbour; an animal's sign whatever its time word
(``animal``); urine coloured by beetroot asked about (``dyed``); a habit of asking for the dead
with dementia long known. Set 13: 0.927 / 6.2 % -> 1.0 / 0 % (rules alone 0.875 / 6.2 % -> 0.948
/ 0 %) with the model not fitted on it; it has since been fitted on it
(``fit_urgent_model.HELD_OUT`` keeps patient sets 6-13 and urgent set 14); no other set lost recall (set 5's false
alarms 2.1 % -> 1.0 %).

Set 14 (never studied, held out of the word model) buries the sign in a message about something
ordinary, mixes in another language or emoji, tells it by an image or through an onlooker;
controls tell a sign that passed and was checked, strong words for ordinary soreness, ask what
would be worrying, use urgent words in another sense. At its arrival (session 22): 0.938 (90 of
96; vi 0.75), false alarms 17.7 %. Studied (issue 17, session 23): its 6 misses (13 by the rules
alone) and 17 false alarms were read as kinds and written in our own situations
(``test_urgent_kinds_14.BLIND14_KINDS``, 125 rows and one known gap): a sign that passed and was
checked by a nurse or doctor (8 false alarms), urgent words in another sense or of someone else
(6), strong words for ordinary soreness or bruising (2), what would be worrying (1); a sign buried
beside an ordinary question, told by an image, through an onlooker or in mixed languages (6
misses). Set 14: 0.938 / 17.7 % -> 1.0 / 1.0 % (rules alone 0.865 / 17.7 % -> 0.938 / 1.0 %) with
the model not yet fitted on it; it is now fitted on (patient sets 12 and 13 too; patient sets
6-11 stay held out). The false alarm left: a companion's fever "with the flu" (es). No other set
lost recall or gained a false alarm (set 5's false alarms 1.0 % -> 0 %).

Set 15 (never studied, held out of the word model) gives the sign as a number or a reading, says
it hesitantly, or tells it through daily life; controls give normal readings, ask about a sign in
an unusual future or conditional, tell a sign of a cause the patient knows, use urgent words in
ordinary questions. At its arrival (session 23): 0.896 (86 of 96; ar and de 0.75), false alarms
5.2 %. Studied (issue 17, session 23, second round; 0.917 / 5.2 % when it began, 0.771 / 5.2 %
by the rules alone): its 8 misses and 5 false alarms were read as kinds and written in our own
situations (``test_urgent_kinds_15.BLIND15_KINDS``, 137 rows): readings on both sides of each
line (a temperature of 38 or more however written, a pulse of 120 or more, oxygen under 92 %;
``urgent_readings``), a sign told hesitantly or through daily life, a sign asked about in the
future, a sign of a known cause told as unchanged (``unchanged``), urgent words in ordinary
questions. Set 15: rules alone 0.771 / 5.2 % -> 0.802 / 1.0 % with the model not fitted on it;
it is now fitted on, with patient set 14 (patient sets 6-11 stay held out): 1.0 / 1.0 %. Left: a
daughter's question whether the sedation will confuse (pt). No other set lost recall or gained
a false alarm.

Set 16 (never studied, held out of the word model) is written in a care home's shorthand, denies
one sign and reports another, or is typed in a hurry by a grandchild; controls deny every sign of
a checklist, quote a leaflet's warning signs, report normal observations, tell a sign of a dream,
a film or a memory. At its arrival (session 23, after the session's first round): 0.938 (90 of
96; es and pt 0.833), false alarms 17.7 %; the same at the session's end. Studied (issue 17,
session 24; rules alone 0.802 / 17.7 %): its 6 misses and 17 false alarms were read as kinds and
written in our own situations (``test_urgent_kinds_16.BLIND16_KINDS``, 169 rows): care-home
shorthand for urine not passed ("not PU since", "sin diuresis desde", anuria, 无尿, "ما بال
من"), an abbreviated temperature (Tª, T°, Tax, T) and the site in clinical words (3 misses and
1); a sign mid-story told by its colour or verb (urine red with clots, "o coração disparou", 2);
controls: a leaflet's warning list quoted, its condition ("call if ..., or new ...") and its
threshold ("over 38") included (5 false alarms); a dream (``dreamt``, unless a waking stands
between, ``awake``; 5); a film or the news whose sign came "suddenly" to someone else (2); a
memory of years ago with a number word (3); a checklist denied in shorthand ("nada d", "nd de",
"ko than ...", 2). Set 16: 0.938 / 17.7 % -> 1.0 / 0 % with the model not yet fitted on it
(rules alone 0.802 / 17.7 % -> 0.865 / 0 %); it is now fitted on, with patient set 15 (patient
sets 6-11 and 16 and urgent set 17 stay held out). No other set lost recall or gained a false
alarm (patient set 15's false alarms 1.1 % -> 0 %).

Set 17 is relayed by phone, tied to a duration or a clock time, or mixed with a question about a
medicine; controls relay feeling fine, tell expected effects of medicines, signs settled by a
simple measure, urgent words in another sense. At its arrival (end of session 23): 0.927 (89 of
96; es 0.75), false alarms 6.2 %. Set 18 is typed through the kiosk's voice input, asks "is it
normal that ..." while reporting a sign, compares with the usual state; controls tell someone
else's sign, a sign gone since before the procedure, "is it normal" about an ordinary
after-effect. At its arrival (session 24): 0.854 (en, es 0.75), false alarms 27.1 % (ar 41.7 %).
Both studied (issue 17, session 24, second round; rules alone 0.875 / 4.2 % and 0.792 / 26.0 %):
their kinds written in our own situations (``test_urgent_kinds_17.BLIND17_KINDS``, 65 rows;
``faqsvc/answering/urgent_whose.py``): whose sign it is (someone else's in a message telling the
procedure as the writer's own; 17 false alarms), a sign gone since before the procedure (8),
"is it normal that" a sign now as a report, "is it normal to have" only with a time since the
procedure (10 misses), a sign with an everyday cause settled by a simple measure, a state unlike
the usual, voice input ("sí mire", "cho hỏi"). With the model refitted on both: set 17 0.927 /
6.2 % -> 0.990 / 2.1 % (rules alone 0.875 / 2.1 %; left: a foot that cannot be lifted "al
andar", es), set 18 0.854 / 27.1 % -> 1.0 / 0 % (rules alone 0.927 / 0 %). No other set lost
recall or gained a false alarm (set 14: 1.0 % -> 0 %).

The nineteenth set (the sign hidden in a practical or polite message, played down, told through
an object; controls planning for a sign, the procedure's expected sensations, a sign in an
animal, questions about the urgent notice itself) stood at 0.958 / 5.2 % (rules alone 0.885 /
5.2 %). Studied by kind (issue 17, session 25; ``test_urgent_kinds_19.BLIND19_KINDS``, 74 own
rows, 12 failing before): a sign named as a word searched or typed (``mentioned``), the warning
list of a discharge sheet, an animal with its owner named after it, a played-down sign read as
a habit or an exertion, blood told through a tissue or a pillow. With the model refitted on it:
1.0 / 0 % (rules alone 0.927 / 0 %); no other set lost recall or gained a false alarm.

The twentieth set (mixed languages and Arabizi, care staff's shorthand, day-by-day diaries;
controls: mixed-language ordinary questions, normal readings, diaries of an after-effect that
settled, trivial signs) stood at 0.948 / 6.2 % (rules alone 0.875 / 6.2 %). Studied by kind
(issue 17, session 26; ``test_urgent_kinds_20.BLIND20_KINDS``, 134 own rows, 33 failing
before): an English sign word inside another locale's sentence and "the left one" as a limb;
Arabizi read as Arabic; staff's shorthand for consciousness, a systolic pressure under 90, HR/FC
pulses and the bladder; a pain told by what it did or as unlike any before; sedation drowsiness
that settled; a bruise's colour no blue lips. Rules alone 0.938 / 0 %; with the model refitted
on it 1.0 / 0 %; no other set lost recall or gained a false alarm.

The twenty-first set (written in distress, translated for the patient, a follow-up to what the
page showed; controls: distress about the waiting, a translated ordinary question, the page's
warning list quoted with a normal finding, a sign weeks before the procedure treated and gone)
stood at 0.948 / 17.7 % (rules alone 0.896 / 17.7 %). Studied by kind (issue 17, session 27;
``test_urgent_kinds_21.BLIND21_KINDS``, 173 own rows, 36 of the first 159 failing before): the
page's or a list's words quoted (``quoted`` widened) unless a ``contrast`` ends them, a fear or
an imagining of a sign (``imagined``), everyday triggers settling a numb foot, a sign before
the procedure gone since, a medicine named by what it treats, black stools, 雪/学 for 血,
"umkippt". Rules alone 1.0 / 0 %; with the model refitted on it 1.0 / 0 %; no other set lost
recall or gained a false alarm (set 15's rules alone 0.802 -> 0.812).

The twenty-second set (signs typed as a search engine's keywords, a young relative's
text-speak, a gadget's reading beyond the line; controls: keyword searches naming a sign as a
topic, text-speak ordinary questions, normal readings or a gadget's false alarm explained, the
pain that was the reason for the procedure, before it) stood at 0.979 / 7.3 % (rules alone
0.906 / 7.3 %; de 16.7 % false alarms). Studied by kind (issue 17, session 28;
``test_urgent_kinds_22.BLIND22_KINDS``, 234 own rows, 23 of the first 190 failing before, 34 by
the rules alone): a bleeding word with "since <a time>" and urine held back "for N hours" as
keywords; each locale's text-speak read out for its rules (``respellings``); a pulse under 45 and
a blood pressure with the device named between word and number; the pain dated weeks back with
the procedure still to come, or told as its reason (``urgent_reason``: ``weeks_back``,
``to_come``, ``reason_for``, unless ``today``); Gulf "ريول", a bed one cannot get up from, a
lash of pain "como nunca". Rules alone 1.0 / 0 %; with the model refitted on it 1.0 / 0 %; no
other set lost recall or gained a false alarm (rules alone rose on sets 13, 15-18).

The twenty-third set (a sign reported in the form of a question, "why can't I ... since
yesterday?"; a sign each time the patient does something, "whenever I stand up ..."; a very old
patient's vague words that still name where or what; controls: "why" about an ordinary
after-effect, real hypotheses with "if" or "when", an old person's ordinary complaints, the
nurse's instructions of what to watch for repeated with an ordinary question) stood at 0.906 /
18.8 % (rules alone 0.740 / 18.8 %; de and pt 33 % false alarms), 15 of its 18 false alarms the
nurse's instructions. Studied by kind (issue 17, session 29;
``test_urgent_kinds_23.BLIND23_KINDS``, ``urgent_asked``): a time tying a sign to now
(``ongoing``) makes a condition or a question about it a report; a clause after an if-clause
asked with a modal supposes its sign; a sign each time the patient does something (``habit``)
is of long standing only while nothing the message tells ties it to now; the nurse's
instructions (``instructed``) list signs nobody has unless the sign's clause tells it of oneself;
drowsiness told with a clear head (``drowsy``, ``lucid``), a healing bruise's two colours and
Brazilian "um roxo" are no signs; a sign asked of people in general asks; the words an old
patient or a relative uses for a sign ("my legs won't do a thing I tell them", "la cabeza como
ida", "les guiboles ne me portent plus", "wirres Zeug", "gastura no peito", "bủn rủn", 木木的,
"تدوخ وتطيح"). Rules alone 1.0 / 0 %; with the model refitted on it 1.0 / 0 %; no other set lost
recall or gained a false alarm (rules alone rose on sets 15, 17 and 20).

The twenty-fourth set (a sign compared with before, "not the pain I came in with"; a harmless
cause guessed for a sign, "I suppose the anaesthetic might still be wearing off?"; asking
whether a sign can wait, "can I leave it till my GP opens?"; controls: an ordinary after-effect
compared with before, a cause guessed for one, asking in general when to go to the emergency
department, whether an ordinary thing can wait) stood at 0.958 / 5.2 % (rules alone 0.875 /
5.2 %; pt 25 % false alarms), its 5 false alarms the general question when to go. Studied by
kind (issue 17, session 30; ``test_urgent_kinds_24.BLIND24_KINDS``, ``urgent_wait``): a question
of degree, kind or moment about going to the emergency department (``when_to_go``) asks of the
sign in it, its emergency words no report; a question whether a sign told can wait
(``wait_asked``) makes it had; a comparison that denies likeness with the pain before the
procedure or a known condition's usual attacks (``unlike_usual``) keeps "before the op" from
making the sign long-standing; urine held back "since before the procedure" is recent; a sign
tied to now beside "when should I go?" is no longer quieted by ``recognising``; the set's words
for a pain running down the leg, angina going into the arm, nonsense talk, wetting without
feeling, Arabizi. Rules alone 1.0 / 0 %; with the model refitted on it 1.0 / 0 %; no other set
lost recall or gained a false alarm (rules alone rose on sets 9 and 14; set 25, never read,
10.4 -> 9.4 % false alarms).

The twenty-fifth set (a formal letter or e-mail with the sign in the middle; an update to an
earlier message where what changed is the sign; the sign rated on a scale or by what the patient
can still do; controls: formal letters asking something ordinary, updates where an after-effect
got better or a sign was checked and cleared, ordinary after-effects rated, the warning signs of
another procedure or illness asked in general) stood, first read, at 0.990 / 9.4 % (rules
alone 0.927 / 9.4 %; ar, en and vi 16.7 % false alarms), 5 of its 9 false alarms the general
question about another illness's signs. Studied by kind (issue 17, session 31;
``test_urgent_blind_kinds_25.BLIND25_KINDS``, ``urgent_letters``): a question asking for the
warning signs of an illness (``signs_of``) lists signs nobody has, in it or after it in a
sentence naming nobody of one's own and tying nothing to now; a pain rated 8-10 out of ten is a
sign unless placed before the procedure beside a lower rating now (``rated_down``); clinicians
who checked in more word orders, signs told as dried up or gone, a confusion followed by a clear
head (a crossword, the paper: ``lucid``) settle an update; Arabic "لا توجد" denies; the set's
words for what a patient can no longer do, wetting unnoticed, a numb seat, Austrian and Swabian
German. Rules alone 1.0 / 0 %; with the model refitted on it 1.0 / 0 % (1.0 / 0 % with the
model before the refit); no other set lost recall or gained a false alarm (rules alone rose on
set 9; set 26, never read, 0.938 / 14.6 % -> 0.948 / 13.5 %).

The twenty-sixth set (a strong regional variety or dialect with its own words for the body and
the sign; what the person plans to do instead of getting help about a sign now; the sign told
in a generic or impersonal form that is really the writer's; controls: regional varieties
telling ordinary things, plans for an ordinary after-effect, general statements about signs, a
sign that came and went days ago and was checked) stood, first read, at 0.948 / 13.5 % (rules
alone 0.885 / 13.5 %; vi 25 % false alarms), 10 of its 13 false alarms the sign that came and
went and was checked. Studied by kind (issue 17, session 32;
``test_urgent_blind_kinds_26.BLIND26_KINDS``): a return denied ("it hasn't come back", "no ha
vuelto a pasar", 之后再没, a new ``never_again`` cue) tells the sign as gone and is no
``returned`` (``urgent_story.came_back``); a sign checked by a clinician is settled by what
tells it gone after it (``gone_now`` as well as ``resolved``), and clinicians' checks are read
in more word orders (``explained``); regional negations before a sign ("ka", "kei", "koi",
"nae", "hổng"), regional words respelled for the rules (Bavarian, Swiss, Québécois, central
Vietnamese, Levantine Arabizi); "after an op one often gets (hay bị) a fever?" asks of people
in general; a comparison with the pain before the procedure counts from the sign's sentence
on; the check-up "next week" is no procedure to come (Arabic) and "I don't know how long" no
question; the set's words for a dressing soaked told verb first, an Egyptian "can't take one's
breath", the heart that "tape", blood running down. Rules alone 1.0 / 0 %; with the model
1.0 / 0 % before and after the refit on it; no other set lost recall or gained a false alarm
with the model (rules alone rose on sets 12 and 13); sets 27 and 28, never read, unchanged.

The twenty-seventh set (a remedy asked for a sign happening now, permission asked for an
ordinary plan with the sign as background, the sign told only by how it changed over the hours;
controls: remedies and plans for ordinary after-effects, after-effects fading, forms and
questionnaires that list signs) stood, first read, at 0.979 / 13.5 % (rules alone 0.938 /
11.5 %; ar 0.833, pt 25 % false alarms), 8 of its 13 false alarms a form quoted and asked how
to fill in. Studied by kind (issue 17, session 33;
``test_urgent_blind_kinds_27.BLIND27_KINDS``): a message that names a form and asks how to fill
it in tells no sign in the form's quoted words, nor outside them unless tied to now (``form``,
``fill_in``, ``urgent_everyday.form_filled_in``); a dressing wet from a wash is no bleeding
(``washed``); "any" and "at all" deny ("ولا يوجد أي", "ni pizca de", "pas la moindre", "không
hề", 没有任何); a redness fading by the hour is ``resolved``; a dressing soaked again and
dripping onto the bed, urine passed in drops, a foot "tout mou" are signs; Levantine "مبارح"
and an inhaler that did not help are ``new``. Rules alone 1.0 / 0 %; with the model 1.0 /
2.1 % before the refit on it, 1.0 / 0 % after; no other set lost recall or gained a false alarm
(rules alone rose on set 15); set 28, never read, unchanged.

The twenty-eighth set (the sign told only through an everyday task that failed just now, one
urgent item in a list answering a routine follow-up, the sign played down with a joke;
controls: tasks made hard by an ordinary after-effect, follow-up lists with a sign over or
denied, sign words as a figure of speech, forum questions about signs in general) stood, first
read, at 0.896 / 13.5 % (rules alone 0.760 / 13.5 %; es and vi 25 % false alarms). Studied by
kind (issue 17, session 34; ``test_urgent_blind_kinds_28.BLIND28_KINDS``): confusion told by a
task done wrong (which note, one's own name, the remote for the phone, a sentence stopped with
a blank stare; 5 of the 10 misses), a leg or the bladder told by a task that failed, a sign
"never had before the op" (``unlike_usual``), a follow-up list whose comparison with before the
procedure dated the sign in another item (``compared_before``), figures of speech about a bill,
paperwork, a relative or the waiting room (``figurative``, read in the clause before a
``consequence`` too), questions put to a forum's readers (``forum``), speech as if drunk without
a drop. Rules alone 0.760 -> 0.865 / 0 %; with the model 1.0 / 0 % before the refit on it and
after; the first refit lost set 17's long Spanish message that only the model had caught (now
a rule); no other set lost recall or gained a false alarm (rules alone rose on sets 17 and
19).

The twenty-ninth set (the sign told as a device's reading or a count, two languages mixed in
one message, the sign told only as what someone else noticed; controls: a normal or settled
reading, an ordinary mixed-language message, what someone else noticed that is over, how many
of something should make one seek help) stood, first read, at 0.917 / 8.3 % (rules alone
0.854 / 7.3 %). Studied by kind (issue 17, session 35;
``test_urgent_blind_kinds_29.BLIND29_KINDS``), starting with the French message session 34's
refit had lost (a neighbour found the patient on the floor, unanswering, eyes in the void):
confusion told only as what someone else noticed (a day asked again and again, another's
name, no answer when called, a dead parent asked after; a sign told in the first person
inside its own words is the writer's, ``urgent_whose.not_the_patients``), a bed wet with
nothing felt, urine running on its own, blood coughed at the end of a long story, a faint in a
spoken register, counts asked in general ("how many gauzes are too many", ``when_to_go``), a
sign in the procedure's own hours told as over for good since (``at_procedure``,
``urgent_whose.over_since_procedure``), Arabizi and Moroccan words for the chest and the legs.
Rules alone 0.854 -> 1.0 / 7.3 % -> 0 %; with the model 0.917 / 8.3 % -> 1.0 / 1.0 % before
the refit on it, 1.0 / 0 % after; no other set lost recall or gained a false alarm (set 3's
one false alarm went); patient set 27's two false alarms went (walking lost "since the
fracture" is of long standing; a same-day "had his done this morning, he's home now" opening
taught to the model by controls).

The thirtieth set (the sign wrapped in doubt, written by a child for a grandparent, starting
after a routine moment of the day; controls: doubt about an ordinary after-effect, a child's
ordinary message, a sign from before the procedure that is over, a sign word about a future
event) stood, first read, at 0.990 / 6.2 % (rules alone 0.885 / 6.2 %; vi 0.917, es 16.7 %
false alarms). Studied by kind (issue 17, session 36;
``test_urgent_blind_kinds_30.BLIND30_KINDS``): a fever that postponed the procedure, treated
and over (``long_standing``: "postponed because", "aplazada porque", "repoussée parce que",
"verschoben wegen", "adiada por", "hoãn vì", 因为...推迟, "تأجلت ... بسبب"; 3 false alarms), a
bruise's own yellow right after its name ("un moratón amarillento", ``urgent_whose.bruise_colour``),
a sign asked for a coach trip or a flight to come (German "kriege ich da"), a child's "he
always gets puffed out" of a grandparent still "getting the cement next week" (English
``long_standing``, ``planned``); urine held back told by a child or a relative as nothing coming
out and a belly swollen, with a child's spelling ("acer pis", "komt nix raus", "chichi"), a
dressing soggy or red and dripping onto a sofa or a sheet, someone who cannot be woken whose
eyes open and close again (vi, ar), a chest under a stone, a shooting pain "worse than ever"
after a routine moment (de, fr, pt), a collapse in Northeastern Chinese ("一头栽", "说话整不
明白"), pus smelled and chills in European Portuguese, Moroccan Arabizi legs gone numb
("rjliya mtkhdrin", "ma n9derch nw9ef"). Rules alone 0.885 -> 1.0 / 6.2 % -> 0 %; with the model
0.990 / 6.2 % -> 1.0 / 0 % before the refit on it and after; no other set lost recall or gained
a false alarm; patient set 28's two false alarms went (Portuguese "vão me apagar" is the
sedation to come; a Vietnamese fast that makes one faint each time, "nhịn lâu là xỉu", is a
``habit`` of old)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faqsvc.analysis import normalize
from faqsvc.answering.urgent import urgent_alert

DATA = Path(__file__).resolve().parent.parent / "data"
LOCALES = ("en", "es", "fr", "de", "pt", "vi", "zh-Hans", "ar")
# Per set: least recall overall, most false alarms overall, least recall in any one locale.
FLOORS = {
    "urgent_blind_3": (1.0, 0.02, 1.0),
    "urgent_blind_4": (1.0, 0.0, 1.0),
    "urgent_blind_5": (1.0, 0.03, 1.0),
    "urgent_blind_6": (1.0, 0.01, 1.0),  # studied since (see above)
    "urgent_blind_7": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_8": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_9": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_10": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_11": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_12": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_13": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_14": (1.0, 0.011, 1.0),  # studied since (see above)
    "urgent_blind_15": (1.0, 0.011, 1.0),  # studied since (see above)
    "urgent_blind_16": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_17": (1.0, 0.021, 1.0),  # studied since (see above)
    "urgent_blind_18": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_19": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_20": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_21": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_22": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_23": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_24": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_25": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_26": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_27": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_28": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_29": (1.0, 0.0, 1.0),  # studied since (see above)
    "urgent_blind_30": (1.0, 0.0, 1.0),  # studied since (see above)
    # never studied (session 35, written at its start, measured at arrival on session 34's
    # final code): 0.875 recall (pt 0.750), 18.8 % false alarms (de 41.7 %); the sign told in
    # passing in a message mainly about something else (a form, parking, the bill), likened to
    # something lived before, spreading or growing over time; controls: a sign word in passing,
    # an ordinary after-effect likened to something before, a sign of someone or something
    # else (a grandchild's fever, the dog), what a sign word on the leaflet means. After its
    # kinds were written ahead (session 36, ``test_urgent_kinds_31.AHEAD31_KINDS``), still
    # unread: 0.938 recall (de 0.833, pt 0.833), 15.6 % false alarms (de 25.0 %)
    "urgent_blind_31": (0.93, 0.16, 0.83),
    # never studied (session 36, written at its start, measured at arrival on session 35's
    # final code): 0.979 recall (ar 0.833), 8.3 % false alarms (ar 25.0 %); the sign pointed to
    # on the discharge sheet's warning list, inferred by a carer of someone who cannot say it,
    # told with the clock time it began; controls: none of the list, a carer reading an ordinary
    # state, an ordinary after-effect's clock time, how to keep watch or whom to call at night
    "urgent_blind_32": (0.97, 0.09, 0.83),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def outcomes(request) -> tuple[str, list[tuple[dict, bool]]]:
    rows = []
    for path in sorted((DATA / request.param).glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return request.param, [(m, bool(urgent_alert(normalize(m["text"]), m["lang"]))) for m in rows]


def test_each_set_covers_eight_locales_and_both_kinds(outcomes):
    _, rows = outcomes
    for lang in LOCALES:
        kinds = [m["urgent"] for m, _ in rows if m["lang"] == lang]
        assert kinds.count(True) == 12 and kinds.count(False) == 12


def test_recall_and_false_alarms_hold(outcomes):
    name, rows = outcomes
    least_recall, most_alarms, _ = FLOORS[name]
    urgent = [hit for m, hit in rows if m["urgent"]]
    alarms = [hit for m, hit in rows if not m["urgent"]]
    assert sum(urgent) / len(urgent) >= least_recall
    assert sum(alarms) / len(alarms) <= most_alarms


@pytest.mark.parametrize("lang", LOCALES)
def test_no_locale_falls_behind(outcomes, lang):
    name, rows = outcomes
    urgent = [hit for m, hit in rows if m["urgent"] and m["lang"] == lang]
    missed = [m["text"] for m, hit in rows if m["urgent"] and m["lang"] == lang and not hit]
    assert sum(urgent) / len(urgent) >= FLOORS[name][2], missed
