"""Synthetic news corpora for the benchmark: events covered by 3-8 outlets each.

Every event has a few invented speakers, each with a few statements. Every
outlet covering the event reports most of those statements, each in its own
wording: curly, straight or single quote marks, `X said` or `said X`, a quote
split by its cue, a truncated quote, a partial quote inside reported speech,
plain reported speech, now and then a changed number. Around them goes filler:
sentences recombined from the seed articles (with their names and places
swapped for the event's) and from background templates.

The generator is a pure function of (seed, event index, outlets): the corpus of
1,000 articles holds the same first events as the one of 10,000, so a curve of
time against events compares like with like.

Ground truth (where each planted statement landed, as character offsets) goes
to truth.json beside the articles folder, never into it: the CLI reads every
.txt file in a folder.

    python benchmarks/corpus.py 100 bench-out/corpus-100
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
GENERATOR_VERSION = 2  # bump when the output changes, so cached corpora are rebuilt

# ---------------------------------------------------------------- word lists


def _split(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = _split(
    "Mara Jonas Ilse Tomas Anika Rafael Selin Oskar Priya Dmitri Lucia Kwame Ines Henrik Amara "
    "Mateo Yusuf Elena Bram Noor Callum Sofia Adebayo Hanna Marek Leila Tobias Chiara Emeka Freya "
    "Pavel Zainab Lars Rosa Kenji Alma Viktor Nadia Femi Greta Arjun Beatriz Stellan Ayesha Milan "
    "Orla Tariq Ingrid Diego Maren Samir Katya Joost Imani Felix Yara Bogdan Carmen Eamon Lina")
FEMALE = set(_split(
    "Mara Ilse Anika Selin Priya Lucia Ines Amara Elena Noor Sofia Hanna Leila Chiara Freya "
    "Zainab Rosa Alma Nadia Greta Beatriz Ayesha Orla Ingrid Maren Katya Imani Yara Carmen Lina"))
_ONSETS = _split("b br c d dr f g gr h k kr l m n p r s st t tr v z sh ch w j")
_VOWELS = _split("a e i o u a e o ai ei ou ia")
_CODAS = ["", "", "n", "r", "l", "s", "k", "m", "th", "nd", "rk", "st", "v"]
_SURNAME_TAILS = ["", "", "", "son", "ova", "ez", "ini", "berg", "ski", "ley", "ard", "elli",
                  "ov", "ani", "sen", "ić", "é", "ström", "o", "adze"]
_PLACE_TAILS = ["a", "ia", "ora", "ane", "esh", "holm", "ford", "grad", "ona", "ium", "vik", "ar"]
_COUNTRY_TAILS = ["ia", "ania", "ovia", "eria", "ara", "ista"]
CURRENCIES = ["dollars", "euros", "crowns", "francs", "pounds"]
WEEKDAYS = _split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
MONTHS = _split("January February March April May June July August September October "
                "November December")
OUTLET_WORDS_A = _split("Herald Post Courier Tribune Gazette Chronicle Observer Ledger Dispatch "
                        "Times Sentinel Record Express Monitor Journal Beacon Standard Argus "
                        "Mercury")
OUTLET_PLACES = _split("Carrow Brightwater Eastvale Northmere Redhill Saltmarsh Greywick "
                       "Oakbridge Westfold Harrowgate Lindon Marlowe Stonebury Fairhaven Kestrel "
                       "Ashby")
WIRES = ["Reuters", "AFP", "Associated Press", "bne IntelliNews"]


@dataclass(frozen=True)
class Topic:
    name: str
    thing: str  # what the statements are about
    org: str  # "{city} Port Authority"
    rival_org: str
    group: str  # who is affected, plural
    group_one: str
    crisis: str
    service: str
    roles: tuple[str, ...]  # speaker roles, {org}/{city}/{region} filled in
    headlines: tuple[str, ...]
    background: tuple[str, ...]


TOPICS = (
    Topic("port strike", "new container terminal", "{city} Port Authority",
          "the {sname} Dockworkers' Union", "dockworkers", "dockworker", "strike",
          "a permanent contract",
          ("director of the {org}", "general secretary of {rival_org}",
           "{region}'s transport minister",
           "a shipping analyst at {uni}", "mayor of {city}"),
          ("Strike shuts {city} port as talks with {rival_org} stall",
           "{city} dockworkers walk out over terminal plan",
           "{last} warns {city} strike could last weeks"),
          ("Cargo ships were queuing outside the harbour of {city} on {weekday}, with {n} vessels "
           "waiting to unload.",
           "The port handles about {n} percent of {region}'s imports and employs some {n2} people.",
           "The dispute began in {month} when the {org} announced plans for the {thing}.",
           "Talks between the two sides broke down late on {weekday} after {n} hours of "
           "negotiation.")),
    Topic("energy deal", "gas pipeline", "{region} Energy Agency", "{sname} Petroleum",
          "households", "household", "energy crisis", "affordable heating",
          ("head of the {org}", "chief executive of {rival_org}", "{region}'s energy minister",
           "an energy economist at {uni}", "opposition energy spokesperson"),
          ("{region} signs gas deal with {rival_org} amid price fears",
           "{last} defends {thing} as bills soar",
           "Questions mount over {region}'s {thing} contract"),
          ("The {thing} is expected to carry {n} billion cubic metres of gas a year once "
           "completed.",
           "Energy prices in {region} rose by {n} percent last winter, according to official "
           "figures.",
           "The agreement was signed in {city} on {weekday} after months of talks.",
           "Critics have argued that the deal ties {region} to fossil fuels until {year2}.")),
    Topic("flood response", "flood barrier", "{city} Emergency Council", "the {sname} Water Board",
          "residents", "resident", "flood", "emergency housing",
          ("chair of the {org}", "director of {rival_org}", "mayor of {city}",
           "a hydrologist at {uni}", "{region}'s interior minister"),
          ("{city} floods: {last} promises inquiry into {thing}",
           "Anger in {city} as flood waters rise for a third day",
           "{region} pledges aid after worst floods in decades"),
          ("Water levels in the river at {city} reached {n} metres on {weekday}, the highest since "
           "records began.",
           "Around {n2} people have been moved to temporary shelters across {region}.",
           "The {thing} was completed in {year} at a cost of {n} million {currency}.",
           "Rescue teams worked through the night in the eastern districts of {city}.")),
    Topic("hospital funding", "children's hospital", "{region} Health Service",
          "the {sname} Nurses' Association", "patients", "patient", "staffing crisis",
          "a routine operation",
          ("chief executive of the {org}", "president of {rival_org}", "{region}'s health minister",
           "a professor of public health at {uni}", "a senior doctor at the {thing}"),
          ("{region} hospital waiting lists hit record as {rival_org} warns of staff shortage",
           "{last} unveils funding for {city} {thing}",
           "Nurses threaten action over {thing} budget"),
          ("Waiting lists in {region} have grown to {n2} people, official figures show.",
           "The {thing} in {city} was built in {year} and has {n} beds.",
           "The budget for the health service will rise by {n} percent next year.",
           "Several wards at the {thing} were closed in {month} because of a lack of staff.")),
    Topic("transit fares", "tram extension", "{city} Transit Company",
          "the {sname} Commuters' Alliance", "commuters", "commuter", "fare rise",
          "a reliable bus service",
          ("chief executive of the {org}", "spokesperson for {rival_org}", "mayor of {city}",
           "a transport economist at {uni}", "a member of the {city} city council"),
          ("{city} fares to rise by {n} percent, {org} confirms",
           "{last} defends fare rise as commuters protest",
           "{city} council split over {thing}"),
          ("A monthly pass in {city} currently costs {n} {currency}.",
           "The {thing} was first proposed in {year} and is now {n} percent over budget.",
           "About {n2} people use the network on an average weekday.",
           "The council will vote on the plan on {weekday}.")),
    Topic("trade talks", "trade agreement", "{region} Trade Ministry",
          "{country2}'s negotiating team",
          "exporters", "exporter", "trade dispute", "access to the {country2} market",
          ("{region}'s trade minister", "{country2}'s chief negotiator",
           "president of the {region} Chamber of Commerce", "a trade lawyer at {uni}",
           "spokesperson for the {org}"),
          ("{region} and {country2} resume talks on {thing}",
           "{last}: no {thing} without protection for farmers",
           "Tariff row clouds {city} trade talks"),
          ("Trade between {region} and {country2} was worth {n} billion {currency} last year.",
           "The talks in {city} are the {ordinal} round since negotiations began in {year}.",
           "Tariffs of up to {n} percent were imposed on steel in {month}.",
           "Farmers protested outside the conference centre in {city} on {weekday}.")),
    Topic("bridge inquiry", "{city} river bridge", "{region} Roads Agency",
          "{sname} Engineering", "engineers", "engineer", "collapse", "a safe road to work",
          ("head of the {org}", "chief executive of {rival_org}", "chair of the public inquiry",
           "a structural engineer at {uni}", "{region}'s infrastructure minister"),
          ("Inquiry into {thing} collapse hears from {rival_org}",
           "{last} apologises to families over {thing}",
           "Warnings about {thing} were ignored, inquiry told"),
          ("The {thing} partly collapsed in {month}, injuring {n} people.",
           "The bridge carried about {n2} vehicles a day before it was closed.",
           "The inquiry, which opened in {city} on {weekday}, is expected to last {n} weeks.",
           "Inspections carried out in {year} found cracks in {n} of the main supports.")),
    Topic("tech merger", "merger", "{sname} Systems", "{region} Competition Authority",
          "customers", "customer", "merger", "a fair price",
          ("chief executive of {org}", "head of the {rival_org}", "{region}'s economy minister",
           "a technology analyst at {uni}", "chief financial officer of {org}"),
          ("{org} bid faces scrutiny from {rival_org}",
           "{last} says {thing} will create jobs in {city}",
           "Regulators raise concerns over {org} {thing}"),
          ("The deal values the company at {n} billion {currency}.",
           "{org} employs about {n2} people, most of them in {city}.",
           "Shares in the company rose {n} percent on {weekday} after the announcement.",
           "The {rival_org} has {n} weeks to decide whether to open a full investigation.")),
)

GENERIC_BACKGROUND = (
    "The {org} has faced growing criticism in {region} since {year}.",
    "Officials in {city} did not respond to requests for comment on {weekday}.",
    "The figures could not be independently verified.",
    "Opposition parties have called for a debate in parliament before the end of {month}.",
    "A report published last year found that {n} percent of {group} in {region} were "
    "dissatisfied with the way the issue had been handled.",
    "The government in {city2} has so far stayed out of the dispute.",
    "Local newspapers in {city} have covered the story on their front pages for {n} days.",
    "The {rival_org} was set up in {year} and says it represents about {n2} people.",
    "Similar disputes in {city3} and {city4} were settled after several months.",
    "Analysts said the outcome would be watched closely in neighbouring {country1}.",
    "A public meeting is planned for {weekday} evening at the town hall in {city}.",
    "The issue is likely to feature in the election campaign next year.",
    "Representatives of {country2} are expected to attend as observers.",
    "The {org} said in a written statement that it would study the proposals carefully.",
    "Turnout at a protest in the centre of {city} on {weekday} was estimated at {n2}.",
    "Both sides have accused each other of spreading misleading information.",
    "The dispute has also drawn attention from investors in {country1} and {country2}.",
    "An earlier agreement reached in {year} collapsed within {n} months.",
    "The mayor of {city3} offered to mediate between the two sides.",
    "It was not immediately clear how the plan would be funded.",
    "Public broadcasters in {region} devoted much of their evening news to the story.",
    "Several {group} interviewed outside the offices of the {org} said they felt ignored.",
    "A spokesperson for the {org} declined to give further details.",
    "The next round of meetings is scheduled to take place in {city2} in {month}.",
    "Figures released by the statistics office show a rise of {n} percent over the past decade.",
)
UNIS = ("the University of {city}", "{city} Institute of Technology", "{region} State University",
        "the {sname} Institute")
ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]

# Statements: (first person, reported speech). Reported forms are back-shifted;
# {they}/{their} stand for the speaker's organisation, {pron}/{poss} for the speaker.
CLAUSES = (
    ("We will not accept any deal that costs {n} jobs at {org}",
     "{they} would not accept any deal that cost {n} jobs at {org}"),
    ("I have asked {rival} to come back to the table within {n} days",
     "{pron} had asked {rival} to come back to the table within {n} days"),
    ("The {thing} will cost about {n} million {currency}, and not a cent more",
     "the {thing} would cost about {n} million {currency}"),
    ("Nobody in {city} should have to wait {n} weeks for {service}",
     "nobody in {city} should have to wait {n} weeks for {service}"),
    ("We have already spent {n} million {currency} on the {thing}",
     "{they} had already spent {n} million {currency} on the {thing}"),
    ("This is the worst {crisis} that {city} has seen in {n} years",
     "it was the worst {crisis} that {city} had seen in {n} years"),
    ("Our priority is to get the {thing} working again before {month}",
     "{their} priority was to get the {thing} working again before {month}"),
    ("We expect {n} percent of {group} to be back to normal by the end of the year",
     "{they} expected {n} percent of {group} to be back to normal by the end of the year"),
    ("I do not believe the figures published by {rival_org}",
     "{pron} did not believe the figures published by {rival_org}"),
    ("There is no question of raising taxes to pay for the {thing}",
     "there was no question of raising taxes to pay for the {thing}"),
    ("We were told about the problem in {month} and we acted within {n} hours",
     "{they} had been told about the problem in {month} and had acted within {n} hours"),
    ("The talks with {rival_org} have been difficult but honest",
     "the talks with {rival_org} had been difficult but honest"),
    ("If {rival_org} does not change course, we will go to court",
     "{they} would go to court if {rival_org} did not change course"),
    ("More than {n} {group} have contacted us since {weekday}",
     "more than {n} {group} had contacted {them} since {weekday}"),
    ("We have to be honest with people about how long the {thing} will take",
     "{they} had to be honest with people about how long the {thing} would take"),
    ("{city} deserves better than another {n} years of promises",
     "{city} deserved better than another {n} years of promises"),
    ("I am confident that we will reach an agreement by {weekday}",
     "{pron} was confident of reaching an agreement by {weekday}"),
    ("The safety of {group} has always come first for us",
     "the safety of {group} had always come first for {them}"),
    ("We are asking for {n} percent, which is less than inflation",
     "{they} were asking for {n} percent, which was less than inflation"),
    ("None of the {n} recommendations in the report has been carried out",
     "none of the {n} recommendations in the report had been carried out"),
    ("The decision was taken without consulting a single {group_one}",
     "the decision had been taken without consulting a single {group_one}"),
    ("We will publish the full findings within {n} weeks",
     "{they} would publish the full findings within {n} weeks"),
    ("I take full responsibility for what happened with the {thing}",
     "{pron} took full responsibility for what had happened with the {thing}"),
    ("Prices in {region} have gone up by {n} percent since {year}",
     "prices in {region} had gone up by {n} percent since {year}"),
    ("Nobody is going to lose their home because of the {thing}",
     "nobody was going to lose their home because of the {thing}"),
    ("We have invited {rival} to {city} for talks next month",
     "{they} had invited {rival} to {city} for talks the following month"),
    ("The {thing} will create at least {n} jobs in the first year",
     "the {thing} would create at least {n} jobs in the first year"),
    ("We warned the government about this {n} times and nobody listened",
     "{they} had warned the government about it {n} times and nobody had listened"),
    ("I will not resign over the {thing}",
     "{pron} would not resign over the {thing}"),
    ("These numbers are simply not credible",
     "the numbers were simply not credible"),
    ("The {thing} is {n} months behind schedule, and that is unacceptable",
     "the {thing} was {n} months behind schedule, which was unacceptable"),
    ("Our members voted by {n} percent to reject the offer",
     "{their} members had voted by {n} percent to reject the offer"),
)
LOCAL_QUOTES = (
    "I have lived here for {n} years and I have never seen anything like it",
    "Nobody has told us anything, we just read about it in the papers",
    "It is the small businesses that will pay for this",
    "We are tired of waiting for someone to make a decision",
    "My family has been affected, like everyone else on this street",
    "They should have listened to us a long time ago",
)
LOCAL_ROLES = ("a local shop owner", "a retired teacher", "a resident of the area", "a student",
               "a taxi driver", "a mother of two", "a nurse who lives nearby")
CUES = ("said", "said", "said", "told reporters", "added", "insisted", "warned", "says")
CUES_BEFORE = ("said", "said", "told reporters", "said on {weekday}", "told the {outlet}",
               "said in a statement", "told a news conference")
CURLY, STRAIGHT, SINGLE = ("“", "”"), ('"', '"'), ("‘", "’")
QUOTE_STYLES = (CURLY, CURLY, CURLY, STRAIGHT, STRAIGHT, SINGLE)
FORMS = ("after", "after", "after_inverted", "before", "split", "truncated", "partial",
         "reported", "reported_tail", "according")
DIRECT_FORMS = {"after", "after_inverted", "before", "split", "truncated"}
BOILERPLATE = ("Share this article", "Advertisement", "Read more:", "Sign up for our newsletter",
               "Photo: file image")

# ------------------------------------------------------------------- helpers


def _syllable(rng: random.Random) -> str:
    return rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)


def surname(rng: random.Random) -> str:
    return (_syllable(rng) + _syllable(rng) + rng.choice(_SURNAME_TAILS)).capitalize()


def place(rng: random.Random) -> str:
    return (_syllable(rng) + rng.choice(_PLACE_TAILS)).capitalize()


def country(rng: random.Random) -> tuple[str, str]:
    stem = (_syllable(rng) + rng.choice(["", "r", "l", "n"])).capitalize()
    tail = rng.choice(_COUNTRY_TAILS)
    return stem + tail, stem + tail + "n"


@dataclass
class Person:
    first: str
    last: str
    role: str
    female: bool
    title: str = field(init=False)

    def __post_init__(self) -> None:
        self.title = "Ms." if self.female else "Mr."

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pron(self) -> str:
        return "she" if self.female else "he"


@dataclass
class Statement:
    sid: str
    speaker: int
    clauses: list[tuple[str, str]]  # filled (direct, reported) pairs
    number: int | None


@dataclass
class Event:
    index: int
    topic: Topic
    slots: dict[str, str]
    people: list[Person]
    statements: list[Statement]
    outlets: list[tuple[str, int]]  # (outlet name, quote style index)
    date: tuple[int, int, int]


@dataclass
class Rendering:
    """One planted statement as one article reports it."""

    article: str
    event: int
    statement: str
    form: str
    spans: list[tuple[int, int]]
    changed: bool
    speaker: str

    @property
    def direct(self) -> bool:
        return self.form in DIRECT_FORMS


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format_map(slots)


def _numbers(rng: random.Random) -> dict[str, str]:
    return {"n": str(rng.choice([3, 4, 5, 6, 8, 10, 12, 14, 15, 18, 20, 25, 30, 40, 45, 60, 120,
                                 150, 200, 300, 450])),
            "n2": f"{rng.randint(2, 95) * 1000:,}"}


# ------------------------------------------------------------- seed sentences

_SEED_SWAPS = (
    # (pattern, slot) — longest first; slots are the event's names
    (r"John Kerry", "p0_full"), (r"Kerry", "p0_last"),
    (r"Vladimir Putin", "p1_full"), (r"Putin", "p1_last"),
    (r"Serge[iy] Lavrov", "p2_full"), (r"Lavrov", "p2_last"),
    (r"Bashar (?:al-)?Assad", "x1_full"), (r"Assad", "x1_last"),
    (r"Barack Obama", "x2_full"), (r"Obama", "x2_last"),
    (r"Josh Earn?est", "x3_full"), (r"Earn?est", "x3_last"),
    (r"Vitaly Churkin", "x4_full"), (r"Churkin", "x4_last"),
    (r"Mark Toner", "x5_full"), (r"Fyodor Lukyanov", "x6_full"), (r"Lukyanov", "x6_last"),
    (r"Boris Dolgov", "x7_full"), (r"Andrew Weiss", "x8_full"), (r"Scott Lucas", "x9_full"),
    (r"Syrians", "region_people"), (r"Syrian", "region_adj"), (r"Syria", "region"),
    (r"Russians", "country1_people"), (r"Russian", "country1_adj"), (r"Russia", "country1"),
    (r"the United States", "country2"), (r"United States", "country2"),
    (r"the U\.S\.|the USA|the US", "the_country2"), (r"U\.S\.|USA|US", "country2_adj"),
    (r"Americans?", "country2_adj"), (r"Iranian", "country3_adj"),
    (r"Moscow", "city"), (r"Washington", "city2"), (r"the Kremlin|Kremlin", "gov1"),
    (r"the White House|White House", "gov2"),
    (r"Ukrainian", "region2_adj"), (r"Ukraine", "region2"),
    (r"Islamic State|ISIL|ISIS", "faction"), (r"Geneva|Vienna|Riyadh|Sochi|Antalya|Brussels",
                                              "city3"),
    (r"New York|Paris|Kiev", "city4"), (r"Saudi Arabia|Turkey|Iraq|Iran", "country3"),
)
_SEED_PATTERN = re.compile(
    "|".join(f"(?P<g{i}>\\b(?:{p})\\b)" for i, (p, _) in enumerate(_SEED_SWAPS)))
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def seed_sentences(seeds_dir: Path = SEEDS_DIR) -> list[str]:
    """Sentences of the seed articles that hold no quote marks: recombinable filler."""
    out: list[str] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        for para in path.read_text(encoding="utf-8").split("\n"):
            for sent in _SENTENCE_SPLIT.split(para.strip()):
                words = sent.split()
                if not 8 <= len(words) <= 45 or not sent.endswith("."):
                    continue
                if any(ch in sent for ch in "\"“”«»…") or re.search(r"(^|\s)['‘]", sent):
                    continue
                out.append(sent)
    return out


def seed_templates(seeds_dir: Path = SEEDS_DIR) -> list[str]:
    """Seed sentences with their names and places turned into slots ('{p0_last}')."""

    def repl(m: re.Match[str]) -> str:
        assert m.lastgroup is not None
        return "{" + _SEED_SWAPS[int(m.lastgroup[1:])][1] + "}"

    return [_SEED_PATTERN.sub(repl, s.replace("{", "{{").replace("}", "}}"))
            for s in seed_sentences(seeds_dir)]


# --------------------------------------------------------------------- events


def make_event(seed: int, index: int, n_outlets: int) -> Event:
    rng = random.Random(f"claimcmp-bench:{seed}:{index}")
    topic = rng.choice(TOPICS)
    region, region_adj = country(rng)
    country1, country1_adj = country(rng)
    country2, country2_adj = country(rng)
    country3, country3_adj = country(rng)
    city, city2, city3, city4 = place(rng), place(rng), place(rng), place(rng)
    year = rng.randint(2014, 2025)
    slots: dict[str, str] = {
        "region": region, "region_adj": region_adj, "region_people": region_adj + "s",
        "country1": country1, "country1_adj": country1_adj, "country1_people": country1_adj + "s",
        "country2": country2, "country2_adj": country2_adj, "the_country2": country2,
        "country3": country3, "country3_adj": country3_adj,
        "region2": place(rng), "region2_adj": place(rng) + "n",
        "city": city, "city2": city2, "city3": city3, "city4": city4,
        "gov1": f"the {city} government", "gov2": f"the {country2} presidency",
        "faction": f"the {place(rng)} Front", "sname": surname(rng),
        "thing": "", "group": topic.group, "group_one": topic.group_one, "crisis": topic.crisis,
        "service": "", "currency": rng.choice(CURRENCIES), "year": str(year),
        "year2": str(year + rng.randint(10, 30)), "month": rng.choice(MONTHS),
        "weekday": rng.choice(WEEKDAYS), "ordinal": rng.choice(ORDINALS),
    }
    slots["org"] = _fill(topic.org, slots)
    slots["rival_org"] = _fill(topic.rival_org, slots)
    slots["thing"] = _fill(topic.thing, slots)
    slots["service"] = _fill(topic.service, slots)
    slots["uni"] = _fill(rng.choice(UNIS), slots)
    people = []
    used: set[str] = set()
    for k in range(rng.randint(2, 5)):
        first = rng.choice(FIRST_NAMES)
        last = surname(rng)
        while last in used:
            last = surname(rng)
        used.add(last)
        role = _fill(topic.roles[k % len(topic.roles)], slots)
        people.append(Person(first, last, role, first in FEMALE))
    extras = [Person(rng.choice(FIRST_NAMES), surname(rng), "", False) for _ in range(12)]
    for k, label in enumerate(["p0", "p1", "p2", *(f"x{i}" for i in range(1, 10))]):
        person = people[k] if k < len(people) else extras[k]
        slots[f"{label}_full"], slots[f"{label}_last"] = person.full, person.last
    slots["rival"] = people[1].full if len(people) > 1 else slots["rival_org"]
    slots["last"] = people[0].last

    statements = []
    clause_pool = list(CLAUSES)
    rng.shuffle(clause_pool)
    for p_index, person in enumerate(people):
        for _ in range(rng.randint(1, 3)):
            if not clause_pool:
                break
            picks = [clause_pool.pop()]
            if clause_pool and rng.random() < 0.5:
                picks.append(clause_pool.pop())
            local = dict(slots)
            local.update(_numbers(rng))
            local.update({"pron": person.pron, "poss": "her" if person.female else "his",
                          "they": "the " + _short_org(slots["org"]) if p_index == 0 else "they",
                          "them": "them", "their": "its" if p_index == 0 else "their"})
            if person.full == local["rival"]:
                local["rival"] = slots["rival_org"]
            clauses = [(_fill(d, local), _fill(r, local)) for d, r in picks]
            number = int(local["n"]) if any("{n}" in d for d, _ in picks) else None
            statements.append(Statement(f"e{index}s{len(statements)}", p_index, clauses, number))

    outlet_names = _outlet_names(rng, n_outlets)
    outlets = [(name, rng.randrange(len(QUOTE_STYLES))) for name in outlet_names]
    date = (year, rng.randint(1, 12), rng.randint(1, 28))
    return Event(index, topic, slots, people, statements, outlets, date)


def _short_org(org: str) -> str:
    words = org.split()
    if words[0] == "the":
        words = words[1:]
    return words[-1].lower() if words[-1][0].isupper() and len(words) > 1 else org


def _outlet_names(rng: random.Random, n: int) -> list[str]:
    names: list[str] = []
    while len(names) < n:
        r = rng.random()
        if r < 0.12:
            name = rng.choice(WIRES)
        elif r < 0.6:
            name = f"The {rng.choice(OUTLET_PLACES)} {rng.choice(OUTLET_WORDS_A)}"
        else:
            name = f"{place(rng)} {rng.choice(OUTLET_WORDS_A)}"
        if name not in names:
            names.append(name)
    return names


# ------------------------------------------------------------------- articles

OPEN_MARK, MID_MARK, CLOSE_MARK = "\x01", "\x02", "\x03"


def _mark(rid: int, text: str) -> str:
    return f"{OPEN_MARK}{rid}{MID_MARK}{text}{CLOSE_MARK}"


_CONTRACTIONS = (("We will", "We'll"), ("I am", "I'm"), ("do not", "don't"),
                 ("does not", "doesn't"), ("We have", "We've"), ("is not", "isn't"),
                 ("will not", "won't"))


def _vary(text: str, rng: random.Random) -> str:
    """Small wording differences between outlets that keep the meaning."""
    if rng.random() < 0.3:
        text = text.replace(" percent", rng.choice([" per cent", "%"]))
    if rng.random() < 0.3:
        for a, b in _CONTRACTIONS:
            text = text.replace(a, b)
    return text


def _change_number(text: str, number: int | None, rng: random.Random) -> tuple[str, bool]:
    if number is None or str(number) not in text:
        return text, False
    new = number + rng.choice([1, 2, 5, 10]) if number < 100 else number + rng.choice([50, 100])
    return re.sub(rf"\b{number}\b", str(new), text, count=1), True


def _speaker_ref(person: Person, first: bool, style: int) -> str:
    if first:
        return f"{person.full}, {person.role},"
    if style == 1:
        return f"{person.title} {person.last}"
    return person.last


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@dataclass
class _Context:
    """Who says a statement, in which outlet, and the dice."""

    person: Person
    first_mention: bool
    outlet: tuple[str, int]
    event: Event
    rng: random.Random


def _render(stmt: Statement, ctx: _Context, rid: int) -> tuple[str, str, bool]:
    """A paragraph reporting one statement: (text with span markers, form, number changed)."""
    rng = ctx.rng
    form = rng.choice(FORMS)
    if form == "split" and len(stmt.clauses) < 2:
        form = "after"
    direct = ". ".join(_cap(d) for d, _ in stmt.clauses)
    reported = " and ".join(r for _, r in stmt.clauses)
    changed = False
    if rng.random() < 0.08:
        direct, changed = _change_number(direct, stmt.number, rng)
        if changed:
            reported = _change_number(reported, stmt.number, random.Random(direct))[0]
    direct = _vary(direct, rng)
    cue = _fill(rng.choice(CUES), ctx.event.slots)
    cue_before = _fill(rng.choice(CUES_BEFORE), {**ctx.event.slots, "outlet": ctx.outlet[0]})
    layout = form
    if form == "truncated":
        words = stmt.clauses[0][0].split()
        if len(stmt.clauses) > 1:
            direct, changed = _vary(_cap(stmt.clauses[0][0]), rng), False
        elif len(words) > 8:
            direct, changed = " ".join(words[: rng.randint(6, len(words) - 2)]), False
        layout = rng.choice(["after", "before"])
    if layout in {"after", "after_inverted", "before"}:
        para = _quote_paragraph(layout, direct, ctx, rid, cue=cue, cue_before=cue_before)
    elif layout == "split":
        first, second = _cap(stmt.clauses[0][0]), _cap(stmt.clauses[1][0])
        if changed:
            first = _change_number(first, stmt.number, random.Random(direct))[0]
            second = _change_number(second, stmt.number, random.Random(direct))[0]
        o, c = QUOTE_STYLES[ctx.outlet[1]]
        ref = _speaker_ref(ctx.person, ctx.first_mention, len(ctx.outlet[0]) % 2)
        para = (f"{o}{_mark(rid, _vary(first, rng))},{c} {ref} {cue}. "
                f"{o}{_mark(rid, _vary(second, rng))}.{c}")
    else:
        para = _reported_paragraph(layout, reported, ctx, rid)
    return para, form, changed


def _quote_paragraph(layout: str, direct: str, ctx: _Context, rid: int, *, cue: str,
                     cue_before: str) -> str:
    o, c = QUOTE_STYLES[ctx.outlet[1]]
    ref = _speaker_ref(ctx.person, ctx.first_mention, len(ctx.outlet[0]) % 2)
    if layout == "after_inverted":
        return f"{o}{_mark(rid, direct)},{c} said {ref.rstrip(',')}."
    if layout == "before":
        return f"{ref} {cue_before}: {o}{_mark(rid, direct)}.{c}"
    if ctx.first_mention and ctx.rng.random() < 0.5:
        verb, person = cue.split(maxsplit=1)[0], ctx.person
        return f"{o}{_mark(rid, direct)},{c} {verb} {person.full}, {person.role}."
    return f"{o}{_mark(rid, direct)},{c} {ref} {cue}."


def _reported_paragraph(layout: str, reported: str, ctx: _Context, rid: int) -> str:
    o, c = QUOTE_STYLES[ctx.outlet[1]]
    ref = _speaker_ref(ctx.person, ctx.first_mention, len(ctx.outlet[0]) % 2)
    rng = ctx.rng
    if layout == "partial":
        words = reported.split()
        k = min(len(words) - 2, rng.randint(3, 6))
        if k < 3:
            return f"{ref} said {_mark(rid, reported)}."
        head, tail = " ".join(words[:-k]), " ".join(words[-k:])
        return f"{ref} said {_mark(rid, f'{head} {o}{tail}{c}')}."
    if layout == "reported":
        that = rng.choice([" that", ""])
        verb = rng.choice(["said", "told reporters", "said on " + ctx.event.slots["weekday"]])
        return f"{ref} {verb}{that} {_mark(rid, reported)}."
    if layout == "reported_tail":
        return f"{_mark(rid, _cap(reported))}, {ref} said."
    comma = "" if ref.endswith(",") else ","
    return f"According to {ref}{comma} {_mark(rid, reported)}."


class _Filler:
    """Background sentences for one article, drawn without repeats until the deck runs out."""

    def __init__(self, event: Event, pool: list[str], rng: random.Random) -> None:
        self.event, self.rng = event, rng
        self.seeds = list(pool)
        self.templates = [*event.topic.background, *GENERIC_BACKGROUND]
        self.decks: list[list[str]] = [[], []]

    def _draw(self, which: int) -> str:
        deck = self.decks[which]
        if not deck:
            deck.extend(self.seeds if which == 0 else self.templates)
            self.rng.shuffle(deck)
        return deck.pop()

    def sentence(self) -> str:
        slots = dict(self.event.slots)
        slots.update(_numbers(self.rng))
        if self.rng.random() < 0.5 and self.seeds:
            return _fill(self._draw(0), slots)
        return _fill(self._draw(1), slots)


def _words(text: str) -> int:
    return len(text.split())


def make_article(event: Event, outlet_index: int, included: list[Statement], pool: list[str],
                 rng: random.Random) -> tuple[str, list[tuple[int, str, str, bool]]]:
    """One outlet's article (text with span markers), its renderings (rid, sid, form, changed)."""
    outlet = event.outlets[outlet_index]
    slots = event.slots
    target = int(rng.triangular(500, 1500, 550))
    year, month, day = event.date
    day = min(28, day + rng.randint(0, 1))
    headline = _fill(rng.choice(event.topic.headlines), {**slots, **_numbers(rng)})
    reporter = f"{rng.choice(FIRST_NAMES)} {surname(rng)}"
    month_name = MONTHS[month - 1]
    date_text = rng.choice([f"{month_name} {day}, {year}", f"{day} {month_name} {year}",
                            f"{year}-{month:02d}-{day:02d}"])
    head = [headline]
    style = rng.random()
    if style < 0.4:
        head.append(f"By {reporter} | {date_text}")
    elif style < 0.6:
        head.append(f"By {reporter}, {outlet[0]}")
    elif style < 0.75:
        head.append(rng.choice(BOILERPLATE))
    lead_person = event.people[0]
    verb = rng.choice(["said", "warned", "announced"])
    lead = (f"{lead_person.full}, {lead_person.role}, {verb} "
            f"on {slots['weekday']} that {event.statements[0].clauses[0][1]}, as the "
            f"{event.topic.crisis} in {slots['city']} entered its {slots['ordinal']} week.")
    if style >= 0.75 and rng.random() < 0.5:
        lead = f"{reporter} – {date_text} – {outlet[0]} – {lead}"
    body: list[str] = []
    renderings: list[tuple[int, str, str, bool]] = []
    mentioned: set[int] = set()
    filler = _Filler(event, pool, rng)
    for rid, stmt in enumerate(included):
        person = event.people[stmt.speaker]
        para, form, changed = _render(stmt, _Context(person, stmt.speaker not in mentioned, outlet,
                                                     event, rng), rid)
        mentioned.add(stmt.speaker)
        if rng.random() < 0.4:
            para = f"{filler.sentence()} {para}"
        body.append(para)
        renderings.append((rid, stmt.sid, form, changed))
    if rng.random() < 0.6:
        local = _fill(rng.choice(LOCAL_QUOTES), _numbers(rng))
        o, c = QUOTE_STYLES[outlet[1]]
        body.insert(rng.randrange(len(body) + 1),
                    f"{o}{local},{c} said {rng.choice(FIRST_NAMES)} {surname(rng)}, "
                    f"{rng.choice(LOCAL_ROLES)}.")
    words = sum(_words(p) for p in [*head, lead, *body])
    while words < target:
        para = " ".join(filler.sentence() for _ in range(rng.randint(1, 4)))
        body.insert(rng.randrange(len(body) + 1), para)
        words += _words(para)
        if rng.random() < 0.04:
            body.insert(rng.randrange(len(body) + 1), rng.choice(BOILERPLATE))
    tail = [] if rng.random() < 0.8 else [f"({outlet[0]})"]
    return "\n\n".join([*head, lead, *body, *tail]) + "\n", renderings


_MARKER = re.compile(f"{OPEN_MARK}(\\d+){MID_MARK}|{CLOSE_MARK}")


def strip_markers(text: str) -> tuple[str, dict[int, list[tuple[int, int]]]]:
    """Remove span markers; return the clean text and each rendering id's spans in it."""
    out: list[str] = []
    spans: dict[int, list[tuple[int, int]]] = {}
    pos = 0
    length = 0
    stack: list[tuple[int, int]] = []
    for m in _MARKER.finditer(text):
        out.append(text[pos:m.start()])
        length += m.start() - pos
        pos = m.end()
        if m.group(1) is not None:
            stack.append((int(m.group(1)), length))
        else:
            rid, start = stack.pop()
            spans.setdefault(rid, []).append((start, length))
    out.append(text[pos:])
    return "".join(out), spans


# --------------------------------------------------------------------- corpus


def event_sizes(seed: int, n_articles: int) -> list[int]:
    """Outlets per event (3-8), summing to n_articles; a prefix is shared across sizes."""
    rng = random.Random(f"claimcmp-bench-sizes:{seed}")
    sizes: list[int] = []
    remaining = n_articles
    while remaining > 0:
        s = rng.randint(3, 8)
        if remaining <= 8:
            s = remaining
        elif remaining - s < 3:
            s = remaining - 3
        sizes.append(s)
        remaining -= s
    return sizes


@dataclass
class Corpus:
    articles: list[tuple[str, str]]  # (id, text)
    renderings: list[Rendering]
    events: int
    statements: int

    @property
    def words(self) -> int:
        return sum(_words(text) for _, text in self.articles)


def build_corpus(n_articles: int, seed: int = 20240611, one_story: bool = False) -> Corpus:
    """`one_story`: every article reports one event (a giant story), else events of 3-8 outlets."""
    pool = seed_templates()
    sizes = [n_articles] if one_story else event_sizes(seed, n_articles)
    order = list(range(n_articles))
    random.Random(f"claimcmp-bench-order:{seed}:{n_articles}").shuffle(order)
    names = [f"{i:05d}_{random.Random(f'{seed}:{n_articles}:{i}').getrandbits(32):08x}"
             for i in order]
    articles: list[tuple[str, str]] = []
    renderings: list[Rendering] = []
    statements = 0
    for index, size in enumerate(sizes):
        event = make_event(seed, index, size)
        rng = random.Random(f"claimcmp-bench-articles:{seed}:{index}")
        coverage = _coverage(event, size, rng)
        speaker_of = {s.sid: event.people[s.speaker].full for s in event.statements}
        statements += sum(1 for s in event.statements if sum(s.sid in c for c in coverage) >= 2)
        for k in range(size):
            article_id = names[len(articles)]
            included = [s for s in event.statements if s.sid in coverage[k]]
            marked, meta = make_article(event, k, included, pool, rng)
            text, spans = strip_markers(marked)
            for rid, sid, form, changed in meta:
                renderings.append(Rendering(article_id, index, sid, form, spans.get(rid, []),
                                            changed, speaker_of[sid]))
            articles.append((article_id, text))
    return Corpus(articles, renderings, len(sizes), statements)


def _coverage(event: Event, n_outlets: int, rng: random.Random) -> list[set[str]]:
    """Which statements each outlet reports: most of them, every one by at least two outlets."""
    cover: list[set[str]] = [set() for _ in range(n_outlets)]
    for stmt in event.statements:
        chosen = [k for k in range(n_outlets) if rng.random() < 0.7]
        while len(chosen) < 2:
            k = rng.randrange(n_outlets)
            if k not in chosen:
                chosen.append(k)
        for k in chosen:
            cover[k].add(stmt.sid)
    return cover


def write_corpus(corpus: Corpus, out_dir: Path) -> Path:
    """Articles as out_dir/articles/*.txt, ground truth as out_dir/truth.json."""
    articles_dir = out_dir / "articles"
    articles_dir.mkdir(parents=True, exist_ok=True)
    for old in articles_dir.glob("*.txt"):
        old.unlink()
    for article_id, text in corpus.articles:
        (articles_dir / f"{article_id}.txt").write_text(text, encoding="utf-8", newline="\n")
    truth = {
        "generator": GENERATOR_VERSION,
        "articles": len(corpus.articles), "events": corpus.events, "words": corpus.words,
        "statements": corpus.statements,
        "renderings": [
            {"article": r.article, "event": r.event, "statement": r.statement, "form": r.form,
             "direct": r.direct, "changed": r.changed, "speaker": r.speaker, "spans": r.spans}
            for r in corpus.renderings
        ],
    }
    (out_dir / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    meta = {k: v for k, v in truth.items() if k != "renderings"}
    (out_dir / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return articles_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("size", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="folder for articles/ and truth.json")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--one-story", action="store_true", help="one event reported by every article")
    args = parser.parse_args()
    corpus = build_corpus(args.size, args.seed, args.one_story)
    write_corpus(corpus, args.out)
    print(f"{len(corpus.articles)} articles, {corpus.events} events, {corpus.words:,} words, "
          f"{len(corpus.renderings)} planted renderings -> {args.out}")


if __name__ == "__main__":
    main()
