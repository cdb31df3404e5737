"""Which analyzer each language gets, keyed on the ISO language code of a locale tag.

Index and query code both ask here, and get the same cached object, so the two sides can
never drift apart. Any language without an entry gets a generic analyzer (fold + Snowball +
whoosh stop words where available), so a new locale needs no code unless its script does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

import Stemmer
from babel import Locale, UnknownLocaleError
from whoosh.analysis import Analyzer, LowercaseFilter, NgramFilter
from whoosh.lang import has_stopwords, stopwords_for_language

from faqsvc.analysis.filters import (
    ApostropheFilter,
    ArabicStemFilter,
    FoldStemFilter,
    NFKCFilter,
    SnowballStemmer,
    StopFilter,
    VietnameseFilter,
)
from faqsvc.analysis.normalize import arabic_normalize, fold
from faqsvc.analysis.tokenizer import WordTokenizer

__all__ = ["LanguageAnalysis", "analysis_for", "folded_stopwords", "language_of", "tokens"]

NGRAM_WEIGHT = 0.3  # compound-part matches are weak evidence next to whole-word matches
UNIGRAM_WEIGHT = 0.2  # single Han characters: recall for one-character queries only
# How much more than the rarest indexed word a word the index lacks weighs: it says the question
# is about something the documents do not cover ("dentist"). Where the analyzer cannot undo a
# language's inflections, an unknown word is as often a known word in another form, and this
# is 1.
UNKNOWN_WEIGHT = 2.0

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$")


def _words(text: str) -> frozenset[str]:
    """Word lists as one string each: easier to read and review than lists of literals."""
    return frozenset(text.split())


@dataclass(frozen=True)
class LanguageAnalysis:
    language: str
    text: Analyzer  # question, alternates and answer fields, at index and query time
    extra: Mapping[str, tuple[Analyzer, float]]  # sub-field suffix -> (analyzer, weight 0..1)
    stopwords: frozenset[str]
    unknown_weight: float = UNKNOWN_WEIGHT


@dataclass(frozen=True)
class _Profile:
    """What Latin-script languages differ in; the defaults are the generic fallback."""

    apostrophes: str = "longest"
    elisions: frozenset[str] = field(default_factory=frozenset)
    # Stop-list words kept because patient questions hinge on them ("pain after surgery").
    keep: frozenset[str] = field(default_factory=frozenset)
    # Filler words patients type that the stop list lacks; unknown to the corpus, they would
    # otherwise weigh as much as the rarest medical term.
    more: frozenset[str] = field(default_factory=frozenset)
    ngram: bool = False  # German compounds: "Rückenschmerzen" vs "Schmerzen im Rücken"


_PROFILES: dict[str, _Profile] = {
    "en": _Profile(
        apostrophes="possessive",
        keep=_words(
            "no not nor after before during until above below again against off up down out "
            "few more most over under"
        ),
        more=_words(
            "got get gets getting going gonna ive im id youre theyre thing things stuff exactly really "
            # a greeting or a word to the reader, as a message to a person begins
            "hi hello hey doc "
            # contractions typed without the apostrophe ("whats the difference"); negations
            # ("dont", "cant") are kept, as "don't" is
            "whats hows whos wheres whens whys thats theres hes shes "
            "actually just even ever bit lot lots okay ok please thanks thank kind sort "
            # who is asking for whom: context, never what an answer is about
            "mum mom mother dad father husband wife son daughter grandson granddaughter "
            "grandchild grandchildren sister brother friend neighbour neighbor true "
            "grandmother grandfather grandma grandpa granny grandad granddad nan nana gran "
            "grandkids grandkid aunt auntie uncle niece nephew cousin partner stepmother "
            "stepfather mam mammy mummy daddy hubby missus boyfriend girlfriend fiance fiancee "
            # "what is", said another way: "vertebroplasty meaning" asks what it is
            "meaning definition define defined "
            # question frames as patients say them ("am I allowed to", "is he supposed to", "I
            # was wondering", Indian English "I have a doubt / query"): "can" and "should" are
            # stop words already, and these carry no more subject than they do
            "allowed permitted supposed meant want wants wanted wanting wondering wondered "
            "doubt doubts query wanna gotta "
            # spoken fillers, and words to the reader in British, Irish, Australian and Indian
            # messages ("kindly", "sir", "cheers")
            "basically literally honestly anyway anyways yeah yep um erm uh hmm tbh btw "
            "kindly pls plz sir madam maam dear regards cheers hiya "
            # who is asking, typed without the apostrophe ("my wifes back") or by role
            "wifes husbands mums moms dads hubbys carer caregiver inlaws law laws bloke fella "
            "papa amma "
            # contractions the apostrophe filter joins ("they've" -> "theyv"); those that join
            # into a word ("we'll" well, "I'll" ill, "she'd" shed) are left alone
            "theyv youv whove couldv wouldv shouldv mightv mustv itll theyll youll theyd youd "
            "theyve youve weve couldve wouldve shouldve "
            # when the story happens ("sorer tonight", "booked for tomorrow"): context. Not
            # "yesterday", "today", "ago": stopped, they lifted a story's wrong pair to an answer
            "tonight tonite tomorrow tomorow "
            # function words typed short, by sound or with a slip ("teh", "wan" want, "mus"
            # must, "u", "dey", "dis" this in Nigerian and Caribbean typing); none is a word
            # any pair could mean. Not "dose" (a dose) or "hole" (the needle's hole)
            "teh hte adn taht wat wot wan mus u ur ya yu thx abt bcoz coz cuz becuz wen wher "
            "hw wht dat dis tha dey dem wil shd cld wud bcz kno knw thier wich whcih becasue "
            "beacuse hav alot honest "
            # who is asking, as said in India, Nigeria, the Caribbean and by the young ("my
            # nani", "my bro", "wifey"), and text-speak fillers ("idk", "lol", "thnx", "innit")
            "sis bro mama baba aunty nani dadi ammi abbu granma grampa gramps grandmum "
            "grandmom hubs wifey spouse sibling siblings carers bf gf bestie mate lol omg idk "
            "dunno kinda sorta lemme gimme innit nah aye okk hii hlo helo thnx thanx tq asap "
            "bcos sth smth wrt regarding revert "
            # when the story happens, by the calendar or the clock ("booked in for next
            # Tuesday", "the fall was in January", "scheduled for 8am"): context. Not "may" (a
            # word the leaflets use), "spring" or "fall" (a fall is how the back broke)
            "monday tuesday wednesday thursday friday saturday sunday january february march "
            "april june july august september october november december autumn winter summer "
            "arvo "
            "1am 2am 3am 4am 5am 6am 7am 8am 9am 10am 11am 12am 1pm 2pm 3pm 4pm 5pm 6pm 7pm 8pm 9pm 10pm 11pm 12pm "
            # who is asking, as said in a care home, in India and Nigeria ("the resident", "my
            # bhabhi", "my oga"), and fillers as typed there, in Ireland, Australia, the US and
            # by older writers ("abeg", "o", "yaar", "ye", "reckon", "heaps", "y'all", "yours
            # sincerely", "I would be grateful"); "sorts" and "roughly" ask nothing either
            "resident residents oga bhai didi bhabhi chacha chachi mausi dada ji yaar haan "
            "accha arre abeg biko wetin una abi shey sha jare ehn o oh na ty tysm rn imo fyi "
            "cos becos bcuz cus shud cud coulda woulda shoulda yer ye youse yous yiz reckon "
            "heaps yall lotta sincerely faithfully grateful appreciate appreciated enquire "
            "enquiring inquire inquiring mentioned us sorts roughly"
        ),
    ),
    "fr": _Profile(
        apostrophes="elide",
        elisions=_words("l' d' qu' j' n' s' c' m' t' jusqu' lorsqu' puisqu' quoiqu'"),
        keep=_words("pas sans avant après pendant contre"),
        more=_words(
            "maman mère papa père mari épouse fils fille frère sœur ami amie voisin voisine "
            "mamie papy pépé tante oncle neveu nièce cousin cousine femme conjoint conjointe "
            "compagnon compagne copain copine "
            # a greeting or a word to the reader, as a message to a person begins
            "bonjour bonsoir docteur svp stp merci "
            # elisions typed without the apostrophe
            "jai cest quil quelle questce jsuis "
            # "what is", said another way ("vertébroplastie définition")
            "définition signification signifie "
            # who is asking for whom, said the familiar way in France, Belgium, Switzerland,
            # Quebec and Africa ("ma belle-mère": "belle" is all the hyphen leaves; "ma daronne",
            # "mon chum", "tantie", "la hadja")
            "mémé mamy mami papi mamoune époux gendre bru belle beau fiston daronne darone daron "
            "chum blonde matante mononcle tantie tonton tata tatie hadja hadj yemma "
            # question frames as patients write them ("je voudrais savoir", "j'ai une question")
            "voudrais voudrait voudrions aimerais aimerait souhaiterais souhaiterait savoir "
            "question questions renseignement renseignements info infos "
            # spoken fillers and words typed as said in France, Belgium, Switzerland, Quebec and
            # North Africa ("ouais", "bah", "chuis", "tsé", "pis", "wallah", "inchallah")
            "ouais ouai ouaip ouep bah ben beh hein euh heu hum bref voilà voila genre franchement "
            "aussi truc trucs machin chuis chui chus jvais jveux jpeux jdois jsais chais chépa ya "
            "yaura tsé tsais coudonc faque fak pis pantoute astheure asteure toé moé icitte "
            "wallah wallahi inchallah inshallah hamdoulah hamdoullah "
            # greetings and words to the reader ("salut", "cordialement", "merci d'avance")
            "salut coucou allo allô cordialement madame monsieur docteure doc toubib salam "
            # "ça" as said ("ça fait mal ?"), and the story's when ("opérée hier"): context
            "ça ca hier demain aujourdhui "
            # "must I" said as "is it compulsory" ("corset obligatoire ?"): a frame, as "allowed"
            "obligatoire obligatoires obligé obligée obligés "
            # SMS and chat spellings of words that ask nothing ("c normal ?", "est ce ke", "g
            # mal", "ds le dos", "pr ma mère", "bcp", "dsl", "jsp", "ptet"), typed in every region
            "c g ke k ds pr pcq pck psk dc vrmt vrm tt tte tts jsp chsp dsl slt bjr bsr mrc mrci "
            "ptet ptetre qq qqn qqun qqch ns vs wi ui oki jcrois jpense jme jle jla jsui jss "
            # who is asked about in a care home (EHPAD), and by whom ("la résidente", "l'aide-
            # soignante", "la maison de retraite"): context, never the question
            "ehpad résidente résident résidentes résidents pensionnaire pensionnaires soignante "
            "soignant soignantes soignants infirmière infirmier infirmières infirmiers retraite "
            "famille "
            # "est-ce que" typed as said ("esk", "keske"); care homes named the Quebec and Swiss
            # way (CHSLD, RPA, EMS)
            "esk eske esque keske kesk kesque chsld rpa ems équipe "
            # fillers of West and North Africa and Quebec ("dèh", "kôh", "ya3ni", "habibi",
            # "kossé", "mettons"), and ages said the Belgian and Swiss way ("nonante ans")
            "dèh deh dê kôh waaw khoya khouya habibi hbibi yaani ya3ni mashallah machallah "
            "hamdoulillah hamdoulilah bismillah kossé kessé mettons septante huitante octante "
            "nonante"
        ),
    ),
    "es": _Profile(
        keep=_words("no ni nada sin antes durante hasta contra"),
        more=_words(
            "mamá madre papá padre marido esposo esposa hijo hija nieto nieta hermano hermana "
            # a greeting or a word to the reader, as a message to a person begins
            "hola buenas oiga oye mire gracias "
            "amigo amiga vecino vecina "
            "abuela abuelo abuelita abuelito mujer suegra suegro tía tío sobrina sobrino prima "
            "primo pareja novio novia mami papi yerno nuera cuñada cuñado "
            # "what is", said another way ("vertebroplastia significado")
            "significado significa definición "
            # who is asking for whom, Spain and Latin America ("mi viejita", "mi jefa": mum)
            "hijos hijas nietos nietas padres suegros hermanos abuelos mamita papito viejita "
            "viejito jefa jefecita señora señor doña don compañero compañera "
            # "you" as patients address the reader: usted, ustedes, voseo
            "usted ustedes ud uds vos vosotros vosotras "
            # the story's "when", which never says what is asked ("me lo hicieron ayer")
            "ayer anteayer antier anoche hoy "
            # "did", "done to me": the procedure is named by the rest of the question
            "hicieron hizo hice hicimos hiciera hicieran "
            # fillers and words typed short ("q" for "que", "xq" for "porque", "tb" for "también")
            "exactamente realmente verdad bueno pues entonces vale osea acaso quizás quizá creo cree "
            "crees creés mucha muchas muchísimo muchísima tanta tantos tantas algún alguna alguno "
            "nomás nomas q k xq pq porq tb tmb favor ay "
            # voseo forms of stop-list verbs ("vos tenés", "vos sos"); words typed by sound whose
            # spelt forms are stop words or weigh next to nothing ("haser", "hisieron", "an")
            "tenés tenes sos haser aser hisieron isieron hiso hise an "
            # session 21: care-home staff and residents ("soy auxiliar en una residencia", "una
            # residente nuestra"), relatives said fondly or regionally (Spain's yaya, Mexico's
            # mija and carnal, the Andes' ñaña, the Caribbean's pana), chat shorthand (porfa,
            # xfa, ke, pa, toy, aki); never "x" (rayos x) or "d"
            "residente residentes auxiliar auxiliares cuidadora cuidador cuidadoras cuidadores "
            "gerocultora gerocultor gerocultoras "
            "yaya yayo abu abue bisabuela bisabuelo madrina padrino comadre compadre tita tito "
            "mija mijo mijita mijito amá apá carnal carnala ñaña ñaño pana chamo chama "
            "porfa porfis porfavor xfa xfavor plis pls ke ki pa toy tamos aki xk tbn tmbn"
        ),
    ),
    "pt": _Profile(
        keep=_words("não nem sem antes depois até durante"),
        more=_words(
            "pra pro pras pros "  # spoken "para a/o", typed as said
            # a greeting or a word to the reader, as a message to a person begins, and spoken
            # fillers ("essa coisa aí", "né")
            "oi olá ô doutor doutora obrigado obrigada aí né "
            "mãe pai marido esposa filho filha neto neta irmão irmã amigo amiga vizinho vizinha "
            "avó avô vovó vovô vó vô sogra sogro tia tio sobrinha sobrinho prima primo mulher "
            "companheiro companheira namorado namorada genro nora cunhada cunhado "
            # "what is", said another way ("vertebroplastia significado")
            "significado significa definição "
            # Portuguese as patients type it in Brazil, Portugal, Angola and Mozambique. Who is
            # asking for whom, said the familiar way ("mainha", "a minha velhota", "o kota")
            "esposo mamãe mamã papai papá mainha painho mãezinha paizinho vovozinha avozinha "
            "velhota velhote kota cota madrinha padrinho enteado enteada bisavó bisavô "
            "patroa sogrinha "
            # spoken "estar" ("tô", "tá", "tava"; Portugal "tou") and "we" ("a gente")
            "tô tou tá tás tava tavam tamos gente "
            # "you" as typed short or said in the regions ("vc", "cê", "ocê")
            "vc vcs cê ocê senhor senhora sr sra dona "
            # fillers and words typed short ("mto" muito, "q" que, "pq" porque, "tb" também,
            # "qto" quanto, "qdo" quando); Portugal and Angola "pá", "bué" (very), "cena" (thing)
            "hein hem tipo então entao daí olha olhe oiça sabe pá bué mesmo realmente "
            "sinceramente exatamente exactamente basicamente verdade afinal "
            "mto mt mta mtos mtas q pq pk tb tbm qto qta qtos qdo qnd vcê "
            "negócio troço treco cena "
            # question frames: "queria", "gostaria de" (saber), "quero" ask nothing themselves
            "queria gostaria quero "
            # how the asker feels, which never says what is asked ("estou preocupada")
            "preocupado preocupada preocupados preocupadas aflito aflita ansioso ansiosa "
            # the story's "when", which never says what is asked ("fez ontem e hoje tá com dor")
            "ontem anteontem hoje hj onten "
            # the story's day and month ("faz na quinta de manhã", "caí em janeiro"); not
            # "segunda" or "quarta", which are also "second" and "fourth"
            "terça quinta sexta sábado domingo feira janeiro fevereiro março abril maio junho "
            "julho agosto setembro outubro novembro dezembro "
            # who is asking for whom, in the plural and the familiar way, and care-home staff
            # asking for a resident ("sou auxiliar num lar", "uma utente nossa")
            "pais filhos filhas netos netas avós tios mana mano maninha titia titio bisneto "
            "bisneta netinho netinha vovozinho comadre compadre afilhado afilhada "
            "lar lares utente utentes auxiliar auxiliares cuidadora cuidador cuidadoras "
            "cuidadores residente residentes "
            # Spanish speakers writing Portuguese (portunhol): Spanish function words and who
            # asks ("mi marido toma varfarina para el corazón")
            "mi mis el los del y pero muy usted ustedes yo hay ella ello eso esto hija hijo "
            "hijos abuela abuelo abuelita nieta nieto suegra suegro señora señor hola gracias "
            "también tambien tengo tiene "
            # internet abbreviations and fillers of the chat ("oq", "obg", "msm", "blz", "dr")
            "oq blz vlw obg obgd obgda pfv pfvr msm td tds cmg agr aq aki kd sla mds bjs abs "
            "att dr dra eh epá ya"
        ),
    ),
    "de": _Profile(
        keep=_words(
            "nicht nichts kein keine keinem keinen keiner keines ohne nach vor während bis gegen"
        ),
        more=_words(
            "mama mutter papa vater ehemann ehefrau sohn tochter enkel enkelin bruder schwester "
            "freund freundin nachbar nachbarin "
            "oma opa omi opi großmutter großvater tante onkel neffe nichte cousin cousine "
            "schwiegermutter schwiegervater mann frau partner partnerin gatte gattin "
            # a greeting or a word to the reader, and spoken intensifiers ("arg", "halt")
            "hallo herr doktor arg halt eben "
            # "what is", said another way ("was versteht man unter", "Vertebroplastie Bedeutung")
            "bedeutung bedeutet definition versteht "
            # spoken fillers and particles as patients type them ("tut des arg weh", "nur ein
            # bisschen", "gar nix"): unknown to the leaflets, each weighed as the rarest term
            "eigentlich denn mal ja eh echt bisschen bissl bisserl bissel "
            "irgendwie ziemlich total ungefähr circa ca etwa vielleicht wohl bloß "
            "des ne nen ner nem 'n n sone sonen so'n "
            # question frames that ask for confirmation ("stimmt das?", "gell?", "oder?")
            "stimmt gell gelle gelt "
            # greetings of Austria, Switzerland and the north, and thanks
            "grüß gott grüezi servus moin bitte danke dank liebe lieber "
            # "would be", "would have", and the du forms of "can", "must", "have" ("kannst du")
            "wäre wären wär hätte hätten hättest wärst kannst musst hast habt solltest könntest "
            # colloquial "get", as English "get" and "got" are stop words ("krieg ich ne Spritze?")
            "krieg kriege kriegst kriegt kriegen kriegte "
            # who is asking for whom, said the familiar way
            "vati mutti papi mami schwiegersohn schwiegertochter enkelkind enkelkinder eltern "
            "lebensgefährte lebensgefährtin schwager schwägerin bekannte bekannter "
            # spoken and regional function words: northern and Rhenish "dat", "wat", "is",
            # "hab", "ham", "un"; Swiss and Swabian "isch", "chan" (kann), "öppis" (etwas)
            "dat wat is isses hab habs ham un isch chan öppis "
            # slips of the keys for function words ("dei OP", "mus ich"), text-speak
            # (vllt, evtl, bzw, bzgl, jz) and a letter's greetings (LG, MfG, VG)
            "dei mus vllt evtl bzw bzgl jz lg mfg vg "
            # "stuff", "thing" for what is injected ("das Zeug im Rücken"), like pt "troço"
            "zeug dings dingens "
            # "really" as a filler ("wie gut hilft das denn wirklich?")
            "wirklich tatsächlich "
            # hesitations and spoken fillers ("naja", "ähm", "sozusagen"), a wish as a frame
            # ("ich möchte gern wissen"), Bavarian "mei", and kin said the familiar way
            "naja äh ähm hmm hm tja jo joa okay ok sozusagen quasi möchte möchten gern gerne "
            "mei schwiegermama schwiegerpapa muttern "
            # issue 17, session 21: who is asked about by care-home staff ("die Bewohnerin",
            # "unsere Patientin", "Pat.") and where she lives (im Pflegeheim, Swiss Altersheim);
            # kin said the Swiss, Austrian and Bavarian way (Grosi, Omama, Ähnl) and by Turkish,
            # Polish and Russian speakers writing German (annem, babam, babcia, babuschka)
            "bewohner bewohnerin bewohnerinnen heimbewohner heimbewohnerin patientin pat "
            "pflegeheim altenheim altersheim seniorenheim pflegekraft pflegerin pfleger "
            "angehörige angehöriger angehörigen grosi grossmami grosspapi omama opapa ähnl "
            "stiefmutter stiefvater urenkel annem babam abla abi teyze amca dede anneanne "
            "babaanne babcia dziadek babuschka "
            # what someone was told or read ("der Hausarzt meint", "hat Zement erwähnt", "ich
            # habe gelesen, dass"): hearsay frames around what is asked
            "meint meinte erwähnt erwähnte gelesen erzählt erzählte "
            # the story's when: months (Austrian Jänner, Feber), weekdays (northern
            # Sonnabend), yesterday; unknown to the leaflets, each weighed as the rarest term
            "januar jänner februar feber märz april juni juli september oktober november "
            "dezember montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
            "gestern vorgestern heuer "
            # a letter's greetings and thanks ("Sehr geehrte Damen und Herren", "Viele Grüße",
            # "Vielen Dank im Voraus"), Swiss "merci", "hoi", "sali"
            "geehrte geehrter geehrten damen herren grüße grüßen gruß freundlichen voraus merci hoi sali "
            "tschüss ciao thx pls plz "
            # function words as said in Bavaria and Austria ("i hob", "wos", "wia", "fei",
            # "oiso"), Switzerland ("gäll", "chönd", "mues", "gsi", "scho") and Berlin ("ick",
            # "det"), and the youth's intensifiers ("mega", "krass"); slips of second-language
            # writers and of the keys: "kan", "kanst" (kann), "dan" (dann), "wen" (wenn),
            # "weis" (weiß)
            "i hob wos wia fei oiso heast gäll chönd chönnt mues muess gsi scho öpper ick det "
            "nee mega krass kan kanst dan wen weis eher"
        ),
        ngram=True,
    ),
}

# "không" and "có" frame every yes/no question. Toneless spellings are added only where
# they are not also a content word ("co" is also cổ, neck).
_VI_STOPS = _words(
    "là và của có không thì được những các một cho với này khi bị tôi gì nào ạ nhé à "
    # spoken: a call to the reader ("bác sĩ ơi"), southern "hông" for "không", particles
    "ơi hông hem nha hả dạ "
    # text-speak for the words above and for fillers: "ko"/"k" không, "dc" được, "j" gì,
    # "vs" với, "r" rồi, "ck"/"vk" husband/wife, "mk" mình, "bt" biết
    "ko k kg khg hok hk khum dc đc dk j vs r ck vk mk mik bt "
    # who is asking for whom, as pronouns of address: context, never what an answer is about
    # ("bác sĩ cho em hỏi", "má con làm xong"); "ba" is also three, so it stays
    "em anh chị mình cháu con ông bà bố mẹ má chồng vợ thưa vụ "
    "khong duoc nhung cac mot "
    # Spoken Vietnamese as patients type it: end-of-question particles and fillers, northern
    # and southern ("vậy", "vầy", "đấy", "nghen"), intensifiers ("lắm", "ghê"),
    # the classifier "cái" ("cái này", "cái gì"), thanks and greetings said mid-message, and
    # their text-speak ("z" vậy, "khôg" không, "ntn" như thế nào, "bn" bao nhiêu). Unknown to
    # the leaflets or met there only in passing, each weighed as a rare term ("vậy" 1.06).
    "vậy vầy chứ đấy kia ấy nè nhen nghen ha hử á lắm ghê thiệt cái chiếc "
    "chào cám ơn z khôg khog ntn bn bs bsi "
    # who is asking for whom, as kin words and southern pronouns: "tui" (tôi), "ổng", "bả"
    # (he, she), "nó"; "cô", "chú", "dì", "cậu", "dượng", "thím", "mợ", "tía" (kin). "nội",
    # "ngoại" (bà nội, bà ngoại) stay: they make "nội trú", "ngoại trú"; "bác" makes "bác sĩ".
    "tui ổng bả nó họ cô chú dì cậu dượng thím mợ tía "
    # Session 21: teen-code for words that ask nothing ("lm" làm, "mn" mọi người, "ng" người,
    # "ms" mới, "cx"/"cg" cũng, "đg" đang, "wa" quá, "thui" thôi, "hnay"/"hqua" hôm nay/qua),
    # "ok" and thanks ("tks"); central "rứa", "ni", "nớ", "hỉ", "chừ" (bây chừ) and southern
    # "hổng", "hôn" (không), "mầy"; "bây" (bây giờ, now); who is asking ("xóm" neighbours,
    # "hưu" retired); the story's "what if" ("lỡ"), "tết" (since Tết) and where it was read
    # ("mạng", "google", "facebook"). None is a word the leaflets answer with, nor folds to an
    # unknown word that asks something, which would then weigh nothing too: "nhỡ" is left out
    # (as "nho" it took the weight of "nhổ răng", an out-of-scope dental question), and so are
    # "vâng" (vàng), "ừ" (ù), "dâu" (dấu hiệu), "rể" (rẻ), "xã" (đi xa), "lun" (lún typed
    # bare). "trời" (trời ơi) stays: stopped, "Trời ơi, bơm xong về nhà có đau nhiều hông?"
    # got a wrong pair at 0.81.
    "lm mn ng ms cx cg đg wa thui hnay hqua ờ ok oke okie tks thanks pls "
    "rứa ni nớ hỉ chừ hổng hôn mầy bây xóm hưu lỡ tết mạng google "
    "facebook fb zalo youtube tiktok"
)
_AR_STOPS = _words(
    "في من على إلى عن أن إن هل ما ماذا هذا هذه ذلك تلك التي الذي أو ثم قد كان هو هي و يا "
    # Spoken Arabic (Egyptian, Levantine, Gulf, Maghrebi) as patients type it: pronouns,
    # demonstratives, auxiliaries and particles the leaflets, written in standard Arabic, never
    # use. Unknown to the index, each would otherwise weigh more than the rarest medical term.
    "ده دي دا دول إيه ايه اية ازاي إزاي عايز عاوز عايزة عاوزة محتاج محتاجة لازم ممكن بقى "
    "كده كدا كدة اللي الي مش مفيش بتاع بتاعة بتاعي يعني طيب خلاص برضه برضو بردو كمان اوي "
    "قوي خالص علشان عشان لسه لسا دلوقتي حاجة حاجه "
    "شو شي هاد هادا هادي هاي هيك هلق هلأ قديش منشان مشان لحتى بدي بدك بده بدها فيني عم رح "
    "راح كتير شوي شوية هالشي لانو لأنو انو إنو "
    "وش ايش إيش شلون ابي أبي ابغى أبغى ابغي يبي الحين اللحين كذا "
    "واش شنو كيفاش علاش بزاف دابا ديال شحال "
    # standard auxiliaries and fillers: "be", "I have", "only", "very", "also"
    "أكون اكون سأكون يكون تكون سيكون كانت لدي لدينا عندي فقط جدا أيضا ايضا "
    # who is asking for whom: context, never what an answer is about
    "أمي امي ماما أبي أبوي ابوي ابويا أبويا بابا زوجي جوزي زوجتي مراتي ابني بنتي أخي أخوي "
    "أختي اختي جاري جارتي قريبي قريبتي صاحبي صاحبتي "
    "جدتي ستي تيتا جدو حماتي حمايا عمي عمتي خالتي ابنتي والدي والدتي ولدي اخوي مرتي "
    # spoken question words ("when", "why", "where", "how much"), read by interrogatives.py; the
    # leaflets' standard ones (متى, لماذا) are words of their questions and stay indexed
    "امتى إمتى ايمتى إيمتى وقتاش امتا ليش ليه لويش وين فين كام "
    # "which", "what is" run together, said the spoken way
    "انهي أنهي ماهو ماهي "
    # spoken "can", as English "can" and German "kann" are stop words: every patient asks "can
    # I...", and these forms, unknown to the leaflets, weighed as much as the rarest term ("متى
    # يقدر يشيل", when can he lift). The standard forms (أستطيع, يمكن) stay: the pairs' own
    # phrasings ("هل يمكن علاج أكثر من فقرة؟") are matched on them.
    "أقدر اقدر يقدر تقدر نقدر بقدر بيقدر بتقدر هقدر هيقدر هتقدر حقدر حيقدر حتقدر يقدروا "
    # spoken "needs", as محتاج: "مين اللي بيحتاج" (who needs it) found "بيحتاج عملية" of a
    # risks phrasing ("will a leak need an operation")
    "بيحتاج بتحتاج بحتاج هحتاج هيحتاج هتحتاج حيحتاج حتحتاج "
    # "be" ("I'll be awake"), spoken: Egyptian هبقى, ه/ح/ب + يكون
    "هبقى هيبقى هتبقى هكون هيكون هتكون بكون بيكون بتكون حكون حيكون حتكون نكون سنكون ستكون "
    # pronouns, "have", "in it", "for him/her/me"
    "أنا انا احنا إحنا نحن هما هم انت إنت انتي إنتي انتو عنده عندها عندو عندك عندنا عندهم "
    "فيه فيها له لها لي ليا مع "
    # spoken particles and fillers: "or", "if", "only", "like", "right?", "really", "exactly",
    # "completely"
    "ولا لو اذا إذا بس زي زى صح بجد بالظبط بالضبط تماما "
    # issue 17, every region: what someone heard or was told ("سمعت إن", "قالولي", "هل هذا
    # صحيح", "عبارة عن"), worry ("أخاف", "أقلق"), the story's when (yesterday, today,
    # tomorrow: Egyptian امبارح/النهارده, Levantine مبارح/بكرا, Maghrebi لبارح/غدوة),
    # living alone, greetings, thanks and blessings said mid-message, "you" said politely
    # (حضرتك), "I want / I'd like" (أريد, أود, حابب, Maghrebi بغيت/نبغي, Gulf تبي/يبغى), and
    # Maghrebi and Iraqi particles ("راه", "كاين", "ديالي", "قداش", "برشا", "توا"; "شكد",
    # "شوكت", "اكو", "هسه", "هواية"). Unknown to the leaflets, each weighed as the rarest term.
    "سمعت سمعنا قالي قاللي قالولي قالولها قالوله بيقولوا بيقول بتقول يقول يقولوا صحيح "
    "هالكلام عبارة أقلق اقلق أخاف اخاف "
    "امبارح إمبارح مبارح البارحة البارح لبارح أمس امس النهارده النهاردة بكرة بكره بكرا غدوة "
    "لوحدي لوحدها لوحده "
    "السلام سلام عليكم مرحبا مرحبتين اهلا أهلا اهلين شكرا مشكور مشكورة جزيلا يعطيك يخليك "
    "الله والله انشاءالله انشالله إنشاءالله الحمدلله "
    "حضرتك حضرتكم جنابك سيادتك انتوا إنتوا أنتم انتم "
    "أريد اريد أود اود أرغب ارغب حابب حابة حاب أستفسر استفسر أتساءل ياريت "
    "بغيت نبغي نحب تبي يبغى تبغى أبغي "
    "راه راني راهي راهو كاين كاينة ديالي ديالها ديالو ديالنا مزيان بصح قداش فاش كيما برشا "
    "توا باهي شكد شگد شوكت اكو ماكو هواية هسه هسة لعد خوش اگدر يگدر أگدر واجد هيدا هيدي "
    # who is asking for whom, said of a third person ("his wife", "her son") or the family way
    "الوالد الوالدة زوجها زوجته جوزها مراته أمها امها أبوها ابوها أمه امه أبوه ابوه ابنها "
    "بنتها ابنه بنته أخته اخته أخوه اخوه أختها اختها أخوها اخوها حماي مامتي يما يمه نسيبي "
    "صهري صديقي صديقتي رفيقي "
    # "is done" (كيف يتم), "with this" (بهذه), "the person", "I could" (قدرت, Egyptian
    # يقدرش), "complains of" (يشتكي من ألم): frames around what is asked
    "يتم بهذه بهذا لهذه لهذا الشخص قدرت قدرتش يقدرش تقدرش "
    "أقدرش اقدرش يشتكي بيشتكي تشتكي بتشتكي أشتكي اشتكي بشتكي "
    # yes, sorry, honestly, please, said mid-message; family said the Egyptian, Iraqi and
    # Maghrebi way (الحاج, أبويه, الواليدة)
    "ايوه أيوه نعم معلش عفوا آسف اسف بصراحة الصراحة والنبي بليز الحاج أهلي الوالدين "
    "الواليدة الواليد ابويه أبويه اخويه أخويه "
    # session 21 round: Gulf "of" (اسمنت حق بناء, العملية حقت أمي): a frame
    # around what is asked
    "حق حقت حقي حقه حقها حقنا "
    # "will I feel" (هل احس بوجع): feeling is the frame, the pain what is asked; "أحس بتحسن"
    # (I feel better) is a phrase of the relief group, matched on the text before stop words go
    "احس أحس بحس هحس حس يحس تحس بيحس بتحس نحس بشي اشي إشي"
)
# "وإيمتى", "وشو": "and" is written joined to the next word, and a stop word stays one with it.
_AR_STOPS_JOINED = _AR_STOPS | {f"و{word}" for word in _AR_STOPS}
_ZH_STOP_CHARS = frozenset("的了吗呢吧啊是在我你和他她")
# Words of a message to a person that are never what an answer is about: greetings and words
# to the reader, who is asking for whom, and spoken fillers. Chinese has no spaces, so the
# tokenizer cuts them out of a run before making bigrams (none occurs inside a medical term).
# Unknown to the corpus, "您好" and "丈夫" each weighed as much as the rarest indexed term.
_ZH_STOP_WORDS = _words(
    "您好 你好 大家好 请问 想问 问一下 问问 谢谢 多谢 麻烦 打扰 劳驾 "
    "丈夫 老公 老伴 爱人 老婆 妻子 媳妇 爸爸 妈妈 爸 妈 老爸 老妈 父亲 母亲 爹 娘 俺 "
    "婆婆 公公 岳父 岳母 爷爷 奶奶 外公 外婆 姥姥 姥爷 儿子 女儿 孙子 孙女 外孙 "
    "哥哥 姐姐 弟弟 妹妹 邻居 朋友 亲戚 家里人 家人 "
    "姑姑 阿姨 叔叔 舅舅 婶婶 伯伯 大爷 大妈 老太太 老爷子 老人家 "
    "我们 咱们 他们 她们 这个 那个 到底 其实 呀 嘛 哦 哈 呗 啦 "
    # spoken question frames ("is it or not", "can or can't") and fillers, which carry no
    # subject: unknown to the corpus, "行不行" gave three bigrams weighing as the rarest term
    "是不是 能不能 可不可以 会不会 行不行 要不要 有没有 好不好 对不对 用不用 "
    "一下子 一下 这样 那样 这么 那么 这种 那种 这些 那些 这里 那里 这边 那边 "
    "什么的 之类的 的话 有点儿 有点 一点儿 稍微 大概 大约 差不多 好像 听说 自己 "
    "真的 特别 非常 比较 就是 然后 但是 可是 而且 所以 因为 如果 "
    "哎呀 哎哟 唉 嗯 噢 喔 哇 呐 喽 啰 "
    # adverbs that are words of their own ("just", "only then", "still", "also", "all",
    # "very"): known to the corpus only in passing ("久才", "还会"), each bigram they form
    # weighed as a rare term
    "就 才 还 也 都 很 "
    # when the patient tells their story ("next week", "last year", "now"): context
    "今天 明天 昨天 今年 去年 前年 明年 最近 现在 下周 上周 下星期 上星期 下个星期 上个星期 "
    "下个月 上个月 当时 后来 "
    # who is asking, as said in the south, Hong Kong, Taiwan and Singapore ("我先生", "阿妈",
    # "老豆", "家婆") and in the north ("老头子", "俺们"), and "老工" typed for 老公
    "阿妈 阿爸 老豆 老窦 老母 老爹 老太 老头子 家婆 家公 外母 阿嫲 阿公 阿婆 阿伯 先生 太太 "
    "丈母娘 女婿 儿媳妇 儿媳 子女 家属 本人 俺们 咱 老工 "
    # words to the reader and spoken fillers ("说是", "反正", "估计"), which ask nothing
    "你们 您们 想知道 请教 说是 反正 肯定 实在 简直 估计 欸 耶 那块 这块 这儿 一共 总共 "
    # written online the way it sounds ("酱紫", so; "灰常", very), and who is asked about at a
    # care home in Hong Kong and Singapore (院友, 长者)
    "酱紫 灰常 院友 长者 "
    # Cantonese typed in simplified characters: pronouns, particles and question frames
    # ("係咪", is it; "使唔使", need or not; "有冇", have or not), none of them a subject
    "佢哋 我哋 你哋 佢 嘅 咗 啲 喺 咁 囉 喎 㗎 吖 系咪 係咪 系唔系 会唔会 可唔可以 使唔使 "
    "得唔得 有冇 "
    # the story's when ("tonight", "tomorrow morning", "at New Year", "last winter")
    "今晚 明早 上午 中午 年底 春节 冬天 夏天 第二天 第三天 第二日 过了 "
    # session 21: who asks for whom at a care home or through a helper (养老院, 护工, Hong Kong's
    # 菲佣 and 印佣), family words of Taiwan, the north and Singapore (阿嬷, 老头儿, 安娣)
    "养老院 敬老院 老人院 安老院 护老院 护工 保姆 菲佣 印佣 外佣 佣人 看护 "
    "阿嬷 阿母 老头儿 老头 老太婆 老婆子 阿爷 阿仔 阿女 安娣 "
    # Cantonese and Singapore particles and frames ("要唔要", need or not; "咩", what; "酱子", so)
    "咯 嘞 喇 噃 啫 咩 乜嘢 咩嘢 嗰 嗰个 嗰啲 呢个 呢啲 要唔要 需唔需要 驶唔驶 係唔係 酱子 "
    # until now, and ages said as words ("八十多了"): context, as digits are
    "到现在 至今 直到现在 到如今 六十 七十 八十 九十 "
    # worry and hesitation, which ask nothing ("我们很犹豫", "看着心疼")
    "担心 着急 犹豫 纠结 心疼 寻思 那啥 不太好 不大好"
)


def language_of(locale_tag: str) -> str:
    """ISO 639 language of a BCP 47 tag ("zh-Hans" -> "zh", "pt_BR" -> "pt", "iw" -> "he")."""
    return _language_of(locale_tag.strip().replace("_", "-"))


@lru_cache(maxsize=256)
def _language_of(tag: str) -> str:
    if not _TAG.match(tag):
        raise ValueError(f"not a locale tag: {tag[:64]!r}")
    try:
        return Locale.parse(tag, sep="-").language
    except (UnknownLocaleError, ValueError):
        return tag.split("-")[0].lower()  # unknown to CLDR: still analysable generically


def analysis_for(locale_tag: str) -> LanguageAnalysis:
    """The analysis for a locale; tags of one language share one cached object."""
    return _analysis_for_language(language_of(locale_tag))


@lru_cache(maxsize=64)
def folded_stopwords(locale: str) -> frozenset[str]:
    """A locale's stop words without case or accents, for text compared in that spelling."""
    return frozenset(fold(word) for word in analysis_for(locale).stopwords)


def tokens(locale_tag: str, text: str, *, extra: str | None = None) -> list[str]:
    """Token texts as a query looks them up (the index may hold more spellings: Vietnamese
    words also tone-folded), for tests and query-term inspection."""
    analysis = analysis_for(locale_tag)
    if extra is None:
        analyzer = analysis.text
    elif extra in analysis.extra:
        analyzer = analysis.extra[extra][0]
    else:
        raise KeyError(
            f"{analysis.language} has no extra field {extra!r}: {sorted(analysis.extra)}"
        )
    return [token.text for token in analyzer(text, mode="query")]


@lru_cache(maxsize=64)
def _analysis_for_language(language: str) -> LanguageAnalysis:
    builder = {"zh": _chinese, "ar": _arabic, "vi": _vietnamese}.get(language)
    if builder is not None:
        return builder(language)
    return _latin(language, _PROFILES.get(language, _Profile()))


def _stemmer_for(language: str) -> SnowballStemmer | None:
    """PyStemmer accepts ISO codes; CLDR's English name catches the rest ("nb" -> norwegian)."""
    candidates = [language]
    try:
        name = Locale(language).english_name.lower()
        candidates += [name, name.split()[0]]
    except (UnknownLocaleError, ValueError):
        pass
    available = set(Stemmer.algorithms())
    for candidate in candidates:
        if candidate in available or candidate == language:
            try:
                return SnowballStemmer(candidate)
            except KeyError:
                continue
    return None


def _stopwords_for(language: str, profile: _Profile) -> frozenset[str]:
    listed = stopwords_for_language(language) if has_stopwords(language) else ()
    kept = {fold(word) for word in profile.keep}
    return frozenset(w for w in listed if fold(w) not in kept) | profile.more


def _latin(language: str, profile: _Profile) -> LanguageAnalysis:
    """Alphabetic, space-delimited languages: the five Latin-script locales and the fallback."""
    stops = _stopwords_for(language, profile)
    text = (
        WordTokenizer()
        | LowercaseFilter()
        | ApostropheFilter(profile.apostrophes, profile.elisions)
        | StopFilter(stops, key=fold)
        | FoldStemFilter(_stemmer_for(language))
    )
    extra: dict[str, tuple[Analyzer, float]] = {}
    if profile.ngram:
        ngrams = (
            WordTokenizer(keep_apostrophes=False)
            | LowercaseFilter()
            | StopFilter(stops, key=fold)
            | FoldStemFilter(None)
            | NgramFilter(4)
        )
        extra["ngram"] = (ngrams, NGRAM_WEIGHT)
    return LanguageAnalysis(language, text, MappingProxyType(extra), stops)


def _chinese(language: str) -> LanguageAnalysis:
    """Character bigrams, not jieba: it costs ~1 s and 80 MiB per worker and splits medical
    terms. NFKC here only, as full-width Latin and digits are a CJK-keyboard habit.
    """
    text = (
        WordTokenizer(keep_apostrophes=False, cjk_stops=_ZH_STOP_WORDS)
        | NFKCFilter()
        | LowercaseFilter()
        | FoldStemFilter()
        # what is left of "我丈夫" once "丈夫" is cut out: a lone particle or pronoun
        | StopFilter(_ZH_STOP_CHARS)
    )
    unigrams = WordTokenizer(
        keep_apostrophes=False, cjk_unigrams=True, words=False, cjk_stops=_ZH_STOP_WORDS
    ) | StopFilter(_ZH_STOP_CHARS)
    extra = MappingProxyType({"unigram": (unigrams, UNIGRAM_WEIGHT)})
    return LanguageAnalysis(language, text, extra, _ZH_STOP_CHARS)


def _arabic(language: str) -> LanguageAnalysis:
    text = (
        WordTokenizer(keep_apostrophes=False)
        | LowercaseFilter()
        | StopFilter(_AR_STOPS_JOINED, key=arabic_normalize)
        | ArabicStemFilter()
    )
    # Spoken Arabic wraps verbs in clitics the light stemmer leaves on ("بيمنعني", it stops me):
    # most words unknown to the standard-Arabic leaflets are such forms, not another subject.
    return LanguageAnalysis(language, text, MappingProxyType({}), _AR_STOPS, unknown_weight=1.0)


def _vietnamese(language: str) -> LanguageAnalysis:
    text = WordTokenizer(keep_apostrophes=False) | LowercaseFilter() | VietnameseFilter(_VI_STOPS)
    return LanguageAnalysis(language, text, MappingProxyType({}), _VI_STOPS)
