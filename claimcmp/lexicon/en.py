"""Word lists the extractor reads: reporting cues, titles, speaker nouns, media.

Kept as data so that a reader can see (and extend) what the rules know without
reading the rules. Everything is lower case.
"""

from __future__ import annotations

import functools
import json
from importlib import resources


def _words(text: str) -> frozenset[str]:
    """A word list written as text: easier to read and extend than one literal per line."""
    return frozenset(text.split())


# Calendar words: dates in metadata, time adverbials, values that may conflict between versions.
MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
MONTH_ABBREVIATIONS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december",
}  # fmt: skip

# Numbers in words, and the scale words that multiply what stands before them (values.py).
NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
} | {
    word: 10 * n for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Fractions in words, read as the share they print (`a third`, `two-thirds`, `half`); `half` is one
# on its own, the others only after a count (`the third round` is an ordinal).
FRACTION_WORDS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4, "quarters": 1 / 4,
    "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10, "tenths": 1 / 10,
}  # fmt: skip

# Words that reverse a statement's direction when one version has one and the other its partner
# (status.py): "taxes will increase" / "taxes will decrease". Each pair, both sides' forms (`_`
# joins the words of a two-word form). WordNet's antonyms add to these (`antonym_pairs`).
DIRECTION_PAIRS = (
    ("increase increases increased increasing", "decrease decreases decreased decreasing"),
    ("rise rises rose risen rising", "fall falls fell fallen falling"),
    ("raise raises raised raising", "cut cuts cutting lower lowers lowered lowering"),
    ("up", "down"),
    ("more", "less fewer"),
    ("higher", "lower"),
    ("approve approves approved approving", "reject rejects rejected rejecting"),
    ("win wins won winning", "lose loses lost losing"),
    ("support supports supported supporting", "oppose opposes opposed opposing"),
    ("gain gains gained gaining", "lose loses lost losing"),
    ("grow grows grew grown growing", "shrink shrinks shrank shrunk shrinking"),
    ("expand expands expanded expanding", "reduce reduces reduced reducing"),
    ("allow allows allowed allowing", "ban bans banned banning"),
    ("legal", "illegal"),
    ("guilty", "innocent"),
    ("above", "below"),
    ("majority", "minority"),
    ("accept accepts accepted accepting", "refuse refuses refused refusing"),
    ("always", "never"),
    ("before", "after"),
    ("all", "none"),
    ("everything something", "nothing"),
    ("everyone everybody someone somebody", "nobody no_one"),
    ("confirm confirms confirmed confirming", "deny denies denied denying"),
    ("arrest arrests arrested arresting", "release releases released releasing"),
    ("help helps helped helping", "hurt hurts hurting harm harms harmed harming"),
    ("profit profits", "loss losses"),
    ("agree agrees agreed agreeing", "refuse refuses refused refusing"),
    ("with", "without"),
    ("for in_favour_of in_favor_of", "against"),
    ("most", "few"),
)

# Reporting verbs and speaker nouns mined from PolNeAR train, each with the counts that put it
# there and its inflections from lemminflect (training/mine_lexicon.py writes the file; the data
# is keyed by language, so another language is another file).
# First names and the pronoun they take, mined from PolNeAR train's coreference chains
# (training/mine_names.py): "Hillary" → she, "Bernie" → he, each with the chains that show it.
FIRST_NAME_GENDERS: dict[str, str] = {
    name: entry["gender"]
    for name, entry in json.loads(
        resources.files("claimcmp").joinpath("data", "names-en.json").read_text(encoding="utf-8")
    )["first_names"].items()
}
# The word before a quoted title of a work (work_titles.py): `on “Meet the Press”`, `the show
# “The Apprentice”`, `titled “…”`, `sang “…”`.
WORK_TITLE_INTRODUCERS = frozenset(
    """
    on of in at for to from with during show shows program programme series episode segment
    special documentary film films movie song anthem album hit hits book novel play musical
    column headline magazine newspaper network channel podcast broadcast sitcom titled entitled
    including starred roles screening premiere sang sings singing performed watch watched read
    reading author host hosted hosting appearance interview
    """.split()
)
# Person nouns that say which pronoun their referent takes ("His ex-wife agreed … she said").
GENDERED_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "wife ex-wife mother grandmother daughter sister aunt niece woman girl lady widow bride "
        "girlfriend mom chairwoman congresswoman spokeswoman businesswoman councilwoman "
        "assemblywoman anchorwoman actress waitress heiress duchess empress queen princess "
        "sportswoman stepmother mother-in-law daughter-in-law".split(),
        "f",
    ),
    **dict.fromkeys(
        "husband ex-husband father grandfather son brother uncle nephew man boy gentleman widower "
        "groom boyfriend dad chairman congressman spokesman businessman councilman assemblyman "
        "anchorman actor waiter duke emperor king prince sportsman stepfather father-in-law "
        "son-in-law".split(),
        "m",
    ),
}
_MINED = json.loads(
    resources.files("claimcmp").joinpath("data", "lexicon-en.json").read_text(encoding="utf-8")
)
CUE_FORMS: dict[str, str] = {
    form: lemma
    for lemma, entry in _MINED["cue_verbs"].items()
    if not entry.get("act_only")
    for form in entry["forms"]
}
# Verbs PolNeAR marks as cues in a third to a half of their uses ("attack", "defend", "propose"):
# they start speech-act candidates only (`attacked Clinton for …`), for the chooser to decide on.
ACT_CUE_FORMS: dict[str, str] = {
    form: lemma
    for lemma, entry in _MINED["cue_verbs"].items()
    if entry.get("act_only")
    for form in entry["forms"]
    if form not in CUE_FORMS
}

# Cues that are speech only in some uses; they attribute a quote that follows
# them in the same clause, but never start a reported-speech claim on their own.
QUOTE_ONLY_CUES = _words(
    """
    call hail quote cite read agree point express describe mention continue joke boast signal
    indicate charge ask write tweet complain promise vow report respond remark fume blast slam rage
"""
)

# Reporting verbs whose clause complement the rules take as reported speech (claims) on their own;
# the other mined cues start a claim only where the learned chooser accepts it (attribution/choose.py).
CLAIM_CUES = _words(
    """
    say tell add note declare reply state explain claim believe insist warn announce confirm deny
    suggest reveal comment acknowledge admit assert contend maintain predict recall stress estimate
    testify allege concede caution emphasize urge accuse hope conclude demand pledge lobby intimate
    post affirm tweet complain report promise vow
"""
)

# Cues of a state of mind rather than of speech: `X said he hoped Y` reports one claim, `he hoped
# Y`, while `X said Iran lied when it said Y` reports two (attribution/reported.py).
STATE_OF_MIND_CUES = _words(
    """
    hope expect believe think want prefer fear wish feel worry know doubt suspect
"""
)

# Two-word cues: the second word must follow the first.
PHRASAL_CUES = {
    ("pointed", "out"): "point out",
    ("points", "out"): "point out",
    ("pointing", "out"): "point out",
    ("point", "out"): "point out",
    ("went", "on"): "go on",
    ("goes", "on"): "go on",
    ("called", "on"): "call on",
    ("expressed", "hope"): "express hope",
    ("expressed", "confidence"): "express hope",
    ("expressed", "concern"): "express concern",
    ("expressing", "hope"): "express hope",
    ("expressing", "concern"): "express concern",
}
# Phrasal cues that introduce reported speech ("pointed out that ...").
PHRASAL_CLAIM_CUES = {"point out", "go on", "express hope", "express concern"}

# A finite cue may be preceded by these (auxiliaries, adverbs) between speaker and verb.
CUE_PRE_MODIFIERS = _words(
    """
    has had have also later previously earlier again then further repeatedly once recently both
    publicly privately separately reportedly would will did does do not never flatly quickly often
    frequently similarly subsequently initially first last finally since personally already just
    even still now immediately sharply there
"""
)
# Between speaker and an -ing cue ("Washington is also suggesting").
PROGRESSIVE_AUX = {"is", "are", "was", "were", "been", "be"}

# Words that, standing first after a cue, begin an adverbial rather than the content.
CONTENT_OPENERS = {"that"}
TIME_WORDS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
    recently previously afterwards again also repeatedly publicly privately last this week month
    year morning afternoon evening night
"""
)

# Title and role words that can stand before a name ("Foreign Minister Sergei Lavrov").
TITLE_WORDS = _words(
    """
    president vice prime minister secretary foreign defense defence state general gen gen. senator
    sen sen. rep rep. representative governor gov gov. mayor ambassador envoy chairman chairwoman
    chair chief director spokesman spokeswoman spokesperson press deputy former leader king queen
    prince princess sir dame lord lady mr mr. mrs mrs. ms ms. dr dr. prof prof. professor judge
    justice attorney chancellor commissioner adviser advisor aide official officials coach captain
    col col. lt lt. sgt sgt. admiral adm adm. commander ceo executive founder president-elect
    speaker sheikh pope cardinal bishop rabbi imam ayatollah mp mep congressman congresswoman
    lawmaker supreme top senior u.s. us uk un british american russian israeli iranian chinese north
    south korean german french ukrainian syrian head labour conservative republican democratic
    democrat liberal white house national security council affairs intelligence party campaign fm pm
    analyst expert economist researcher commentator columnist host anchor correspondent editor
    reporter activist councillor councilor councilman councilwoman alderman assemblyman
    assemblywoman neighbour neighbor manager mother father presidential
"""
)
# Titles that stand before a person's name, so that `President Trump` and `Donald Trump` are one
# person named two ways, not two names (status.py).
NAME_TITLES = _words(
    """
    president vice prime minister secretary senator sen sen. rep rep. representative governor gov
    gov. mayor ambassador chairman chairwoman chancellor commissioner general gen gen. judge justice
    king queen prince princess sir dame lord lady mr mr. mrs mrs. ms ms. dr dr. prof prof. professor
    pope cardinal bishop rabbi imam ayatollah sheikh speaker leader chief director coach captain
    col col. lt lt. sgt sgt. admiral adm adm. commander councillor councilor congressman congresswoman
    """
)
HONORIFICS_MALE = {"mr", "mr.", "sir", "lord", "king", "prince"}
HONORIFICS_FEMALE = {"mrs", "mrs.", "ms", "ms.", "dame", "lady", "queen", "princess"}
# Courtesy titles: the capitalised word after one is a surname even when it is also a title
# word ("Mr. King", "Ms. Judge", "Dr. Bishop").
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "messrs"})

# Head nouns of speaker descriptions ("the minister", "a senior official").
PERSON_NOUNS = _words(
    """
    minister secretary president official officials spokesman spokeswoman spokesperson envoy
    ambassador diplomat aide adviser advisor source sources expert analyst leader chief director
    chairman chairwoman senator governor mayor lawmaker general commander lawyer attorney prosecutor
    prosecutors judge economist researcher professor candidate premier chancellor king queen prince
    witness witnesses resident residents activist activists critic critics campaigners protesters
    politicians lawmakers experts analysts diplomats observers people man woman father mother
    officer officers police doctor doctors tycoon billionaire businessman host commentator veteran
    soldier manager executive founder member members representative representatives negotiator
    negotiators investigator investigators rebels militants fighters supporters opponents allies
    author authors scientist scientists student teacher spokespeople agent agents dictator monarch
    ruler strongman envoys coach councillor councilor councilman councilwoman alderman assemblyman
    assemblywoman neighbour neighbor captain commissioner editor reporter columnist correspondent
    anchor headteacher principal sheriff inspector superintendent detective surgeon nurse pilot
    owner landlord tenant farmer worker workers driver drivers fan fans parent parents victim
    victims survivor survivors reporters journalists viewers listeners readers audience crowd
    students voters delegates colleagues
"""
) | set(GENDERED_NOUNS)
# Heads of descriptions that hide a source on purpose ("a senior official", "people familiar
# with the talks"): never given a name another outlet prints (speaker_fill.py).
ANONYMOUS_SOURCE_HEADS = _words(
    """
    official officials source sources aide aides person people insider insiders diplomat diplomats
    adviser advisers advisor advisors ally allies confidant confidants associate associates
    """
)
# Heads of descriptions that speak for a body: "a White House spokesman" is the White House.
SPOKESPERSON_HEADS = _words(
    "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative"
)
# One body under the names news writes it by (lower case → one of them), so that "a Number 10
# spokesperson" and "Downing Street" are recognised as one voice.
BODY_ALIASES = {
    alias: name
    for name, aliases in {
        "downing street": ("number 10", "no 10", "no. 10", "10 downing street", "number ten"),
        "defense department": ("pentagon", "department of defense", "defence department"),
        "state department": ("department of state", "us state department"),
        "justice department": ("department of justice", "doj", "us justice department"),
        "white house": ("the white house",),
        "kremlin": ("the kremlin",),
    }.items()
    for alias in (name, *aliases)
}
ORG_NOUNS = _words(
    """
    ministry department kremlin pentagon government administration agency office council committee
    commission party campaign army military court embassy parliament congress senate house cabinet
    bank company firm group organization organisation union coalition alliance side police board
    authority authorities institute center centre foundation service navy forces regime delegation
    team bureau secretariat street state media outlet network newspaper spokesman's corporation inc
    ltd university fbi cia
"""
)
DOCUMENT_NOUNS = _words(
    """
    statement report complaint letter document filing memo lawsuit indictment ruling resolution
    communique communiqué release study survey poll tweet post transcript message declaration notice
    order decision announcement affidavit reports assessment analysis estimate review investigation
    audit findings count tally data
"""
)
# What is sent to someone: in `sent an e-mail to RNC members saying …` the recipients do not speak.
MESSAGE_NOUNS = _words(
    """
    email e-mail emails e-mails letter letters memo memos message messages note notes tweet tweets
    post posts text texts statement statements appeal plea
"""
)

# News media: these relay speech (source chain) rather than make claims of their own.
MEDIA_NAMES = {
    "reuters",
    "ap",
    "associated press",
    "afp",
    "agence france-presse",
    "tass",
    "ria novosti",
    "ria",
    "interfax",
    "xinhua",
    "bloomberg",
    "bbc",
    "cnn",
    "fox news",
    "nbc",
    "abc",
    "cbs",
    "msnbc",
    "npr",
    "politico",
    "axios",
    "the new york times",
    "new york times",
    "the times",
    "the washington post",
    "washington post",
    "the guardian",
    "guardian",
    "the telegraph",
    "telegraph",
    "the wall street journal",
    "wall street journal",
    "financial times",
    "al jazeera",
    "sky news",
    "lbc",
    "itv",
    "kcna",
    "yonhap",
    "rossiiskaya gazeta",
    "kommersant",
    "izvestia",
    "pravda",
    "sputnik",
    "rt",
    "dpa",
    "efe",
    "ansa",
    "anadolu",
    "irna",
    "press tv",
    "haaretz",
    "the jerusalem post",
    "jerusalem post",
    "times of israel",
    "usa today",
    "huffpost",
    "huffington post",
    "daily mail",
    "the sun",
    "the independent",
    "the hill",
    "breitbart",
    "newsweek",
    "time",
    "the economist",
    "der spiegel",
    "le monde",
    "bne intellinews",
    "intellinews",
    "eaworldview",
}
MEDIA_NOUNS = _words(
    """
    newspaper agency outlet broadcaster channel radio tv television website site daily magazine news
    media paper service network wire station press weekly times post journal herald gazette register
    tribune chronicle standard courier observer telegraph examiner inquirer monitor blog
"""
)

PRONOUNS_PERSON = {"he", "she"}
PRONOUNS_GROUP = {"they", "it", "we", "i"}

# Capitalised words that start sentences or headlines but never start a name.
NOT_NAMES = _words(
    """
    whether unlike contrary
    the a an but and or if in on at as after before while when with without for from to by of that
    this these those there then however meanwhile also yet still although though because since
    during under over despite until it its he she they we i his her their our my you your what which
    who whom whose where why how so such some many most more much all both each every any no not one
    two three four five several other another last next first second third earlier later now today
    here speaking according asked instead indeed even only just about like among between into onto
    upon against toward towards through share updated read more: related watch photo video is was
    are were will would can could should may might must has have had do does did mr mrs ms dr nobody
    everyone monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec
    tens dozens scores hundreds thousands millions billions
    said says added wrote recalled explained
    needless regardless nevertheless nonetheless moreover furthermore additionally likewise
    similarly separately notably clearly obviously sadly fortunately unfortunately overall
    ultimately eventually finally
"""
)

# Name particles that may stand lower case inside a name ("Staffan de Mistura").
NAME_PARTICLES = _words(
    """
    de da di del della van von der den le la al el bin ibn ben du dos das y of
"""
)

ABBREVIATIONS = _words(
    """
    mr mrs ms dr prof sen rep gov gen lt col sgt capt adm maj st jr sr inc co corp ltd no vs etc jan
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo n.y n.j n.c s.c n.h n.m n.d s.d r.i w.va feb mar apr jun
    jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m d.c ft mt rev hon est approx
"""
)

NEGATIONS = _words(
    """
    not no never n't nothing none nobody neither nor without cannot won't can't don't doesn't didn't
    isn't aren't wasn't weren't wouldn't shouldn't couldn't hasn't haven't hadn't
"""
)
DENIAL_CUES = {"deny", "reject", "dispute", "refute", "dismiss"}

STOPWORDS = _words(
    """
    the a an and or but of to in on at for with by from as is are was were be been being it its this
    that these those he she they we i you his her their our my your has have had will would can
    could should may might must not no said says say told also about after before over into than
    then there which who what when where while so if do does did up out more most all any some such
    only other new one two mr mrs ms him them us just very now last week year years time
"""
)

# Nouns that head a source in PolNeAR train at least five times ("voters", "the two chairmen",
# "attorneys"), each form with its lemma: a description ending in one of them can speak. Function,
# time and title words the counts bring in ("one", "today", "Republican") keep their own lists' reading.
SOURCE_NOUNS: dict[str, str] = {
    form: lemma
    for lemma, entry in _MINED["source_nouns"].items()
    for form in entry["forms"]
    if form not in STOPWORDS and form not in TIME_WORDS and form not in NOT_NAMES and form not in TITLE_WORDS
}
# Which mined nouns name people: English agent nouns by their ending (strategist, pollster,
# employee, spokeswoman, executive), and the people nouns no ending shows. The rest are bodies
# (a campaign, a court) or texts (an article, a poll), never a "he" or "she".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ee", "ive", "ess", "ate")
_PEOPLE_NOUNS = _words(
    """
    person people friend wife husband brother sister father mother son daughter ally rival star mogul
    hopeful critic veteran expert aide chief head host fan donor democrat republican conservative
    progressive nominee candidate judge user backer insider staffer analyst attorney admiral colleague
    diplomat official secretary source anyone everyone someone one other
"""
)
_TEXT_NOUNS = _words(
    """
    article editorial email video record summary page evidence research result datum document account
    law rule precedent poll survey study statement report release review analysis investigation letter
    message tweet post filings lawsuit voice vote journalism number percent average majority
"""
)


_NO_AGENTS = frozenset({"newspaper", "paper", "state"})  # an -er or -ate that names no one


def _agent_noun(lemma: str) -> bool:
    return lemma.endswith(_AGENT_ENDINGS) and not lemma.endswith("ment")


def _source_entity(lemma: str) -> str:
    if lemma in _TEXT_NOUNS:
        return "document"
    if lemma in _NO_AGENTS:
        return "organization"
    if lemma in _PEOPLE_NOUNS or _agent_noun(lemma):
        return "person"
    return "organization"


SOURCE_NOUN_ENTITIES: dict[str, str] = {lemma: _source_entity(lemma) for lemma in _MINED["source_nouns"]}


def names_people(word: str) -> bool:
    """`forecasters`, `economists`, `respondents`, `spokeswoman`: a noun for people, by the lists
    or by an English agent ending, singular or plural (not `statement`, `paper`, `state`)."""
    low = word.lower()
    singular = low[:-3] + "man" if low.endswith("men") else low[:-1] if low.endswith("s") else low
    if singular in _TEXT_NOUNS or singular in _NO_AGENTS:
        return False
    if singular in _PEOPLE_NOUNS or singular in PERSON_NOUNS or low in PERSON_NOUNS:
        return True
    return _agent_noun(singular) and len(singular) > 4


# ---- Function and structure words the attribution rules read.

INTRO_WORDS = {
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "for",
    "while",
    "with",
    "as",
    "speaking",
    "asked",
    "despite",
    "following",
    "meanwhile",
    "however",
    "but",
    "and",
    "yet",
    "still",
    "also",
    "earlier",
    "later",
    "since",
    "when",
    "from",
    "under",
    "although",
    "though",
    "because",
    "if",
    "unlike",
    "like",
    "amid",
    "within",
}

PREPOSITIONS = {
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "to",
    "by",
    "from",
    "with",
    "late",
    "early",
    "last",
    "this",
    "earlier",
    "later",
    "about",
    "over",
    "outside",
    "as",
    "while",
    "when",
    "according",
    "of",
    "amid",
    "following",
    "ahead",
    "without",
    "inside",
    "near",
    "via",
    "through",
    "under",
    "for",
}

VERB_SIGNALS = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "did",
    "does",
    "do",
    "shall",
    "am",
    "'s",
    "’s",
    "remain",
    "remains",
    "need",
    "needs",
    "want",
    "wants",
}

SUBJECT_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those"}

SPEECH_OBJECTS = {"words", "remarks", "comments", "statement", "view", "views", "position"}

DASHES = {"–", "—", "―", "--"}  # en dash, em dash, horizontal bar (a quotation dash), typewriter dash

SUBORDINATORS = {
    "while",
    "although",
    "though",
    "as",
    "because",
    "when",
    "if",
    "after",
    "before",
    "since",
    "whereas",
    "even",
}

DETERMINER_LIKE = {"this", "last", "late", "early", "earlier", "later"}  # `this issue`, `last year's`

# Complements that are no claim: an indirect question, or a verb with its subject elided
NO_CLAIM_OPENERS = {
    "how",
    "what",
    "whether",
    "why",
    "when",
    "where",
    "who",
    "which",
    "if",
    "was",
    "were",
    "is",
    "are",
    "has",
    "had",
    "have",
    "be",
    "to",
}

# Verbs that take a noun phrase as often as a clause: their claims need a clear clause
OBJECT_TAKING = {
    "reveal",
    "announce",
    "promise",
    "suggest",
    "confirm",
    "report",
    "hope",
    "pledge",
    "demand",
    "post",
    "tweet",
    "vow",
    "describe",
    "predict",
    "acknowledge",
    "admit",
}

QUALIFIERS = {"familiar", "close", "in", "at", "from", "with", "within", "briefed", "involved", "who", "for"}

PASSIVE_AUX = frozenset({"was", "is", "were", "are", "been", "being"})

# After a cue that takes no clause, these open the act's object, which PolNeAR and readers take as
# its content: "called for an inquiry", "called on the council to …", "spoke about the deal".
ACT_PREPOSITIONS = frozenset({"for", "on", "about", "against"})

PREDICATE_OPENERS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "would",
        "will",
        "could",
        "can",
        "should",
        "may",
        "might",
    }
)

AUXILIARY_OPENERS = frozenset({"was", "were", "is", "are", "has", "had", "have", "be"})

THAT_AS_DETERMINER_AFTER = frozenset({"of", "in", "on", "at", "for", "with", "by", "from", "about", "into"})

SUBJECT_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "every", "each"}

NOT_VERBS_IN_S = ("ss", "us", "is", "’s", "'s")


@functools.cache
def nickname_table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Each given name's nicknames (both ways round), and every given name the table knows, from
    the `nicknames` package (Old Dominion University's table of English given names). Read on
    first use: `claimcmp --help` never pays for it."""
    from nicknames import NickNamer  # noqa: PLC0415

    lookup = NickNamer().nickname_lookup
    nicknames = {name: frozenset(nicks) for name, nicks in lookup.items()}
    known = frozenset(lookup).union(*lookup.values())
    return nicknames, known


@functools.cache
def antonym_pairs() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Word pairs whose swap reverses a statement (`accept` / `reject`, `open` / `close`,
    `succeed` / `fail`), every inflection of each side: WordNet's antonyms as mined by
    training/mine_antonyms.py. Read on first use: extraction never pays for it."""
    data = json.loads(
        resources.files("claimcmp").joinpath("data", "antonyms-en.json").read_text(encoding="utf-8")
    )
    return tuple((frozenset(entry["forms"][0]), frozenset(entry["forms"][1])) for entry in data["pairs"])
