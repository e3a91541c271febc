"""Group mentions into speakers.

A mention is the words that name the speaker of one quote. Named mentions merge when
one is a short form of another (Sir Keir Starmer, Keir Starmer, Starmer) and take the
fullest form the article uses; he/she/they resolve to the most recent fitting person
named outside quotes; anonymous mentions ("a source", "one Labour MP") are kept as
written and kept apart from the named; "another" after "one Labour MP" becomes
"another Labour MP"; a role ("the Labour leader") joins the person an apposition ties
it to.
"""
from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from reader.quotes.lexicon import (
    COMPASS,
    DOCUMENTS,
    ascii_lowered,
    among_first_lines,
    ADVERBS,
    DEMONYMS,
    ANON_DETERMINERS,
    BODY_HEADS,
    CLOSE_TO,
    COMPOUND_ADJECTIVES,
    SOMEONE,
    DETERMINERS,
    DISCOURSE,
    NAME_CONNECTORS,
    NAME_BREAKS,
    NAME_ROLES,
    NATIONALITY_ADJECTIVES,
    NON_NAMES,
    NOT_NAME_OPENERS,
    PARTY_WORDS,
    POST_NOMINALS,
    INSTITUTION_WORDS,
    PLACE_LETTERS,
    PORTFOLIOS,
    PREFIXED_NAME,
    PRONOUN_GENDER,
    ROLE_ADJECTIVES,
    ROLE_LINKS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    SUBJECT_PRONOUNS,
    NOBLE_TITLES,
    SEE_TITLES,
    TITLES,
    UPPER,
)

_WORD_RE = UPPER + r"[\w'’\-]*"
# What may stand between two words of a name: a space, after a full stop only when the word
# before it is an initial or an abbreviation (George W. Bush, Sen. Ted Cruz, Jr.) and the next
# word does not open a sentence. "Clinton. He said" and "Washington D.C. She" are not names.
_ABBREVIATED = (
    r"(?:(?<=\b[^\W\d_]\.)|(?<=\b(?:Dr|Mr|Ms|St|Jr|Sr|Lt|Ft|Mt)\.)"
    r"|(?<=\b(?:Mrs|Sen|Rep|Gov|Col|Gen|Sgt|Maj|Rev|Adm|Cpl|Pvt|Ald|Sec|Hon|Eng)\.)|(?<=\b(?:Capt|Prof|Supt|Cmdr|Insp|Engr|Barr|Atty)\.))"
)
_OPENS_SENTENCE = (
    r"(?:He|She|It|They|We|I|You|The|A|An|This|That|These|Those|But|And|Or|So|Yet|In|On|At|If|As|His|Her|"
    r"Their|Its|Our|My|There|Then|Now|When|While|After|Before|What|Why|How|Who|Where)\b"
)
# the full stop first, so that a word followed by a space costs one failed character test;
# optional as a choice with an empty branch, not (?:…)?, which the regex engine allocates
# memory for each time it is entered
_NAME_GAP = rf"(?:\.{_ABBREVIATED}(?! {_OPENS_SENTENCE}(?!\.))|) "


def _branches(words) -> str:
    """A regex for any of `words`, written as a tree of their letters ("d(?:e(?:l|n)?|a)"
    for de, del, den, da) so that the regex engine follows only the branch for the letter
    it sees, rather than trying every word in turn after every capitalised word."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[0], []).append(w[1:])
    parts = []
    for c, rests in by_first.items():
        longer = [r for r in rests if r]
        if not longer:
            parts.append(re.escape(c))
        else:
            parts.append(re.escape(c) + "(?:" + _branches(longer) + ")" + ("?" if "" in rests else ""))
    return "|".join(parts)


# (a connector is always followed by a space, so that at most one of them can match at a
# place, whatever the order in which they are tried)
_CONNECT = _branches(NAME_CONNECTORS)
# an Arabic article joined to the name it opens (Karim Abdul-Hadi al-Saadi, el-Sayed)
_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud")
_ARTICLE_JOINED = "(?:" + _branches(_ARTICLES) + r")[\-‑]"
# a nickname in quote marks between the words of a name: Ronald "Ron" Tubbs
_NICKNAME = r"(?:[\"“‘']" + UPPER + r"[\w'’\-]*[\"”’'] )?"
# two or more capitalised words (a title counts as one): the shape of a person's name.
# = WORD(?:_NAME_GAP _NICKNAME (?:CONNECTOR ){0,2} ARTICLE? WORD)+, written for speed
# with the same matches: the regex engine tries it at every capital, and most open no
# run. Each optional part is an alternation ending in an empty branch, and the first
# step is written out before the repeat (the engine allocates memory each time it enters
# a repeat or an optional group); the space, the commoner gap, is tried first (the two
# gaps start differently, so the order changes no match); a word's set lists a-z (tested
# before the slower Unicode \w); and a word's repeat is possessive (*+), since giving
# letters back cannot help: ". " cannot follow a letter.
_RUN_NAME_WORD = UPPER + r"[a-z\w'’\-]*+"
# What follows the gap is one choice whose branches each open with one character or set
# (the next word; a nickname; a connector or an Arabic article, a branch for each first
# letter, connectors before articles as in the optional parts they stand for), so that
# after most capitalised words, followed by a lower-case word, the regex engine rejects
# every branch on its first character without entering any of them.


def _branches_by_first_letter(words) -> list[str]:
    """_branches of `words`, one regex for each first letter, in the order of the letters."""
    return [_branches([w for w in words if w[0] == c]) for c in sorted({w[0] for w in words})]


_CONNECTOR_BRANCHES = _branches_by_first_letter(NAME_CONNECTORS)
_ARTICLE_BRANCHES = _branches_by_first_letter(_ARTICLES)
_RUN_STEP = (
    rf"(?: |\.{_ABBREVIATED}(?! {_OPENS_SENTENCE}(?!\.)) )(?:"  # ("R. A. Sumanawathie": "A." an initial)
    + _RUN_NAME_WORD
    + r"|[\"“‘']" + UPPER + r"[\w'’\-]*[\"”’'] "
    + rf"(?:(?:{_CONNECT}) (?:(?:{_CONNECT}) |)|)(?:{_ARTICLE_JOINED}|)" + _RUN_NAME_WORD
    + "".join(rf"|{b} (?:(?:{_CONNECT}) |)(?:{_ARTICLE_JOINED}|){_RUN_NAME_WORD}" for b in _CONNECTOR_BRANCHES)
    + "".join(rf"|{b}[\-‑]{_RUN_NAME_WORD}" for b in _ARTICLE_BRANCHES)
    + ")"
)
NAME_RUN_RE = re.compile(rf"{_RUN_NAME_WORD}{_RUN_STEP}(?:{_RUN_STEP})*")
_NAME = r"((?:" + UPPER + r"[\w'’\-]*" + _NAME_GAP + _NICKNAME + "(?:(?:" + _CONNECT + ") ){0,2}){0,4}" + UPPER + r"[\w'’\-]*)"
_NAME_AFTER = re.compile(r",? (?:the )?" + _NAME)
# the links a Title Case headline capitalises ("Water Board Over Fees"), which no name after
# a role holds (see Resolver._find_apposition)
_HEADLINE_LINKS = frozenset({"over", "in", "on", "at", "to", "for", "with", "from", "by", "after", "amid", "against",
                             "into", "despite", "as", "before", "under", "about", "and", "or", "but"})
# "the Minister for Health, Eoghan Mac Cárthaigh": a portfolio between the role and the name
_PORTFOLIO_NAME_AFTER = re.compile(
    r" (?:for|of) (?:the )?" + UPPER + r"[\w'’\-]*(?: (?:and )?" + UPPER + r"[\w'’\-]*){0,3}, " + _NAME
)
# = _NAME + ", (?:the |a )?$", written to open with a capital (not a repeat) for speed
_NAME_BEFORE = re.compile("(" + UPPER + r"[\w'’\-]*(?:" + _NAME_GAP + UPPER + r"[\w'’\-]*){0,3}), (?:the |a )?$")
_NAME_BEFORE_ENDS = (", ", ", the ", ", a ", "\n")  # how a stretch that _NAME_BEFORE matches ends
# one to three capitalised words ending the text searched; written to open with a capital
# (not a repeat) so that the regex engine can skip from capital to capital
# (each repeat written as a choice with an empty branch, as _NAME_GAP is)
# (the word's letters possessive: what follows them opens with "." or a space, neither of
# which they take, so giving some back never makes a match)
_RUN_WORD = UPPER + r"[\w'’\-]*+(?:\." + UPPER + r"(?:\." + UPPER + r")*|)" + _NAME_GAP
_RUN_BEFORE = re.compile("(" + _RUN_WORD + "(?:" + _RUN_WORD + "(?:" + _RUN_WORD + "|)|))$")
# one or two capitalised words and a nickname in marks, ending the text searched: the
# first part of a name _RUN_BEFORE stops at (“Tonyboy” in Antonio “Tonyboy” R. Escaler)
_NICKNAMED_BEFORE_RE = re.compile(
    "(" + _RUN_WORD + "(?:" + _RUN_WORD + "|))" + r"[\"“‘']" + UPPER + r"[\w'’\-]*(?: " + UPPER + r"[\w'’\-]*){0,2}[\"”’'] $"
)  # (a nickname of up to three words: Danny "The Hammer" Ruiz)
_NICK_CLOSES = frozenset(('” ', '" ', "’ ", "' "))
# role nouns that name a body rather than a person
ORG_NOUNS = {"department", "committee", "campaign", "council", "government", "board", "agency", "administration",
             "office", "ministry", "company", "party", "union", "association", "group", "organization",
             "organisation", "team", "police", "court", "commission", "authority", "firm", "bank", "university",
             "school", "hospital", "newspaper", "paper", "network", "website", "report", "study", "poll", "survey",
             "statement", "letter", "lawsuit", "ad", "operator", "service", "trust", "club", "station", "channel",
             "opposition", "embassy", "consulate", "iwi", "hapū", "hapu"}
# given names after a family name: "Jae-sung", "Wei Ming", "Siew Lan" (two at most, lower
# case after their capital, and not followed by another capitalised word)
_CAPITAL_WORD_RE = re.compile(UPPER + r"[\w'’\-]*")
# (any alphabet's letters: "Guðrún" after "Guðrún Ásta Hermannsdóttir", as Icelandic copy
# calls a person by the first name on second reference)
_LOWER = "[" + re.escape("".join(c for c in map(chr, range(0x2000)) if c.islower())) + "]"
_GIVEN_NAMES_RE = re.compile(
    UPPER + _LOWER + r"+(?:-" + _LOWER + r"+)?(?: " + UPPER + _LOWER + r"+(?:-" + _LOWER + r"+)?)?(?![\w'’\-]| [A-Z])"
)
# a double-barrelled family name, each part capitalised: "Haddad-Nasser"
_BARRELLED_RE = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+(?![\w'’\-]| [A-Z])")
_GIVEN_PAIR_RE = re.compile(r" ([A-Z][a-z]{1,4}) ([A-Z][a-z]{1,4})(?=[,.;:]|\s+[a-z(])")
_BARREL_REST_RE = re.compile(r"-[A-Z][a-z]+(?![\w'’\-])")
# a house of books, papers or art, or a school, named after a person is no person: "the
# George W. Bush Presidential Library", "the Ann Hosk Gallery", "the Tom Pell Academy"
_NAMED_HOUSES = frozenset({"library", "archives", "gallery", "academy"})
_NOT_GIVEN = BODY_HEADS | ORG_NOUNS | TITLES | ROLE_NOUNS | _NAMED_HOUSES | {
    "county", "city", "street", "road", "avenue", "square", "park", "state", "hall", "house", "tower", "center",
    "centre", "station", "airport", "bridge", "island", "river", "valley", "beach", "bay", "lake", "hill", "hills",
    "heights", "village", "town", "port", "harbour", "harbor", "north", "south", "east", "west", "inc", "ltd", "co",
}
# the capitalised words before a body's head word ("Kenya " before "Union"), and "of …" after
_CAPITALS_AFTER_RE = re.compile(" ((?:" + UPPER + r"[\w'’\-]+ ){1,5})")  # (see _named_after_title)
_BODY_BEFORE_RE = re.compile("(?:" + UPPER + r"[\w'’\-]*+ (?:(?:and|&) )?){1,6}$")
# a body's name right after the noun saying what it is: "the union BTV-Havens said"
_NAME_AFTER_HEAD_RE = re.compile("(" + UPPER + r"[\w'’\-]*)(?: " + UPPER + r"[\w'’\-]*){0,4}(?=[,.;:]| [a-z]|$)", re.M)
# (and a list of portfolios closed by "and": "Ministry of Land, Infrastructure and Transport",
# "Department for Environment, Food and Rural Affairs")
_BODY_AFTER_RE = re.compile(
    r"(?: (?:of|for)(?: the)?(?: (?:(?:and|&) )?" + UPPER + r"[\w'’\-]*+)+"
    r"(?:(?:, " + UPPER + r"[\w'’\-]*+(?: " + UPPER + r"[\w'’\-]*+)?)+,? (?:and|&) " + UPPER + r"[\w'’\-]*+(?: " + UPPER + r"[\w'’\-]*+)?)?)?"
)
# roles that only a person holds, which "the …" may open a sentence with
_DOCUMENTS = {"statement", "release", "letter", "memo", "email", "e-mail", "communique", "communiqué"}
# a sentence's named subject before its verb: "The Brennan Area Transit Authority said in a statement"
_ISSUER_RE = re.compile(
    r" ?(?:[Tt]he )?(" + UPPER + r"[\w'’\-&.]*(?: (?:of|for|and|&|the|" + UPPER + r"[\w'’\-&.]*)){0,7}) (?:said|says|announced)\b"
)
_NOT_ISSUER = SUBJECT_PRONOUNS | DISCOURSE | NON_NAMES
# "statement posted to the town's page on Monday, Ingrid Lindqvist said": the name after the
# phrase's comma, and its verb
_FRONTED_ISSUER_RE = re.compile(
    r"[a-z]+[^,.\n]{0,80}, (" + UPPER + r"[\w'’\-]*(?: " + UPPER + r"[\w'’\-]*){0,3}) (?:said|says|wrote|writes|announced)\b"
)
# a named subject that put a document out, up to the document's word: "Harlow Steel issued a"
_ISSUED_RE = re.compile(
    r" ?(?:[Tt]he )?(" + UPPER + r"[\w'’\-&.]*(?: (?:of|for|and|&|the|" + UPPER + r"[\w'’\-&.]*)){0,7})"
    r"(?: (?:on|late|early|last|this) \w+| \w+day)? (?:issued|released|published|sent|put out)(?: (?:on|late|early|last|this) \w+| \w+day)?"
    r" (?:a|an|its)(?: [a-z][\w\-]*){0,2} "
)
# the same subject after a comma: ", the Ministry of Rural Development said", ", the ministry said"
_TAIL_ISSUER_RE = re.compile(
    r", (?:the |)(?:(" + UPPER + r"[\w'’\-&.]*(?: (?:of|for|and|&|the|" + UPPER + r"[\w'’\-&.]*)){0,7})"
    r"|(the [a-z]+(?: [a-z]+)?)) (?:said|says|announced)\b"
)
# what may stand between that verb and the statement it issued: " in a written", " on
# Tuesday in a", " via its"; not a clause ("The Times said Cole provided a written
# statement", "The board said it had received a statement from residents")
_IN_STATEMENT_RE = re.compile(
    r"(?: (?:on|late|early|last|this) \w+| \w+day| \w+ night)*"
    r" (?:in|via|through) (?:a|an|the|its|his|her|their|one)(?: [a-z][\w\-]*){0,2} "
)
# a role's initials and the words they stand for: "CFO says …" over "chief financial officer Elena Sarkisova"
ROLE_ABBREVIATIONS = {"ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating",
                      "cto": "chief technology", "cmo": "chief marketing", "pm": "prime minister"}
_PERSON_ROLES = {"governor", "minister", "senator", "president", "premier", "mayor", "chancellor", "secretary",
                 "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson", "leader",
                 "candidate", "nominee", "judge", "commissioner", "director", "executive", "prosecutor", "lawyer",
                 "attorney", "ambassador", "congressman", "congresswoman", "councillor", "councilman", "sheriff",
                 "coach", "founder", "taoiseach", "tánaiste", "mp", "senator-elect", "speaker",
                 "envoy", "mediator", "negotiator"}  # (a diplomacy story's "The envoy said she would …")
# a body's people, named after its name: "the Kell Bank chief", "the Carrow Council leader"
_BODYS_PEOPLE = frozenset(_PERSON_ROLES | NAME_ROLES | {"chief", "boss", "head"})
# roles whose capitalised form opening a sentence is more often a body's, a paper's or a
# show's name than an office ("The Executive has agreed", "The Leader newspaper reported")
_NOT_CAPITAL_OFFICES = {"executive", "leader", "founder", "coach", "candidate", "nominee", "lawyer", "attorney", "mp",
                        "senator-elect"}
_ROLE_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))The (?:[a-z][a-z\-]* ){0,2}(?:"
    # (capitalised too, as South Asian and British copy write an office: "The Minister later told")
    # (only a person's office: "The Executive" is Stormont's government, "The Leader" a paper's name)
    + _branches(_PERSON_ROLES | {w.capitalize() for w in _PERSON_ROLES - _NOT_CAPITAL_OFFICES})
    + r")(?=,| [a-z])",
    re.M,
)
# an indefinite person opening a sentence as its subject, before an apposition or a verb
# of speech: "Another resident, a mother-of-two, said …", "A neighbour told …"
_PERSON_NOUNS = sorted((w for w in ROLE_NOUNS | NAME_ROLES if w.isalpha() and not w.endswith("s")), key=len, reverse=True)
# the same as a tree of letters (see _branches): the same matches, longest first, as the
# list's alternation, whose hundreds of branches the regex engine would try one by one
_PERSON_NOUN_TREE = _branches(_PERSON_NOUNS)
# how an indefinite subject opens, as those regexes read it
_A_OPENERS = ("A ", "An ", "Another ")
_A_OPENERS_LOW = ("a ", "an ", "another ")
# (matched only where a capital A or O opens a sentence: see _indefinite_subject_before)
# a sentence's indefinite subject after a place set before it, with a who-clause of its
# own or none: ", a woman who did not want to give her name said"
_FRONTED_INDEFINITE_RE = re.compile(
    r"(?:another|an?) (?:[a-z][a-z\-]* ){0,2}(?:" + _PERSON_NOUN_TREE + r")"
    r"(?=(?: who [^,.\"“”]{1,80})? (?:said|says|told|tells|added|adds)\b)"
)
# the persons' nouns that say a he or a she ("a man" is no "she")
_NOUN_GENDER = dict.fromkeys(("man", "father", "grandfather", "son", "husband", "boy", "widower", "businessman",
                              "spokesman", "brother", "uncle", "fisherman", "policeman", "chairman", "councilman",
                              "congressman", "actor", "gentleman"), "m") | dict.fromkeys(
    ("woman", "mother", "grandmother", "daughter", "wife", "girl", "widow", "businesswoman", "spokeswoman", "sister",
     "aunt", "policewoman", "chairwoman", "congresswoman", "actress", "lady", "mum", "mom"), "f")
_FRONTED_PLACES = {"At", "In", "Outside", "Inside", "Near", "On", "Back", "Down", "Across", "Along", "Elsewhere",
                  "Nearby", "Beside", "Behind", "Under", "Up"}
_INDEFINITE_SUBJECT_RE = re.compile(
    # (a nationality may open the description: "An Asian domestic worker, who …, said")
    # (or a body's name of up to three words: "A GrainLink West spokeswoman said")
    r"(?:Another|One|An?) (?:[A-Z][\w'’&\-]*+ ){0,3}(?:[a-z][a-z\-]* ){0,2}(?:"
    + _PERSON_NOUN_TREE
    + r")(?:(?=, | (?:said|says|told|tells|added|adds|explained|complained|claimed|insisted|warned)\b)"
    # or where the person works, then a verb or a "who" clause: "A manager at the company,
    # who spoke on condition of anonymity, said" (not "A worker at the plant, 45, died")
    # (the place's words may be lower case after its name or its article: "A nurse at the
    # Hirvensuo health centre, who …, said", "An employee at the pool said")
    + r"| (?:at|for|with|from|in) (?:the |a |an |)[A-Za-z][\w'’\-]*(?: [A-Za-z][\w'’\-]*){0,3}"
    # (a "who" clause then the verb: not "A worker at the plant, who was injured, was taken to hospital")
    + r"(?=(?:, who [^,.\"“”]{1,120},)? (?:said|says|told|tells|added|adds|explained|complained|claimed|insisted|warned)\b))"
)
# a person described, not named, who the text says will not be named, opening a sentence as
# its subject: "The owner of a small firm in Sharjah, who did not want to be named, said …",
# "A member of the association, who gave his name only as Kwaku, said …". Whoever the next
# he or she is, it is this person: the writer has just set them up to speak.
_ANONYMITY = (
    r"who (?:(?:did|does) not|didn['’]t|doesn['’]t) want (?:to be|his|her) (?:named|identified|name (?:used|published))"
    r"|who (?:asked|requested|wished) not to be (?:named|identified)|who declined to be (?:named|identified)"
    r"|who (?:spoke|talked)(?: to (?:the )?[A-Z][\w'’.\-]*(?: [A-Z][\w'’\-]*){0,2})? on (?:the )?condition of anonymity|who (?:requested|preferred|pleaded|sought|asked for) anonymity"
    # (South Asian and Gulf copy; not a donor's "who wished to remain anonymous", no source)
    r"|who (?:preferred|asked|requested) to (?:remain|stay) (?:anonymous|unnamed)"
    # (or who would be known by one name only: "who only wanted to be known as Cikgu Rina")
    r"|who (?:gave (?:his|her|only (?:his|her)) (?:first )?name(?: only)?|(?:only )?(?:wanted|asked|agreed) to be (?:known|identified)(?: only)?)"
    r" as (?P<given>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})"
)
_ANONYMOUS_SUBJECT_RE = re.compile(
    r"(?:The|An?|One|Another) (?:[a-z][a-z\-]* ){0,2}(?:"
    + _PERSON_NOUN_TREE
    # (American copy often sets the clause off without a comma: "A teacher who asked not to
    # be named because she is not authorized to speak for the union said")
    # (or a first clause saying who the person is, before the one saying they go unnamed: "A
    # commuter who uses the rank daily, who asked not to be named, told IOL": "a commuter")
    + r")(?: (?:of|at|for|with|from|in) [^,.\"“”]{1,80})?(?=(?: who [^,.\"“”]{1,60})?,? (?:" + _ANONYMITY + r"))"
)
# a sentence's last clause crediting someone else: "A teacher who asked not to be named filed
# the complaint, Principal Rosa Diaz said." (the unnamed person is then no speaker)
_TRAILING_CREDIT_RE = re.compile(
    r", (?:(?:said|says|according to) [A-Z]|(?:[A-Za-z.]+ ){0,3}[A-Z][\w'’\-]* (?:said|says)$)"
)
# a body by its noun opening a sentence as the subject of a verb of speech: "The ministry said"
_BODY_SAID_RE = re.compile(
    r"(The (?:[a-z][a-z\-]* ){0,2}(?:" + "|".join(sorted(ORG_NOUNS, key=len, reverse=True))
    + r")) (?:said|says|announced|added|stated|insisted|claimed|argued|warned)\b"
)
# a plural subject opening a sentence, before its verb: "Analysts at Harlow Capital said in
# a note", "The authors acknowledge", "Harlow Bank economists wrote" (the verb is read after
# the match: see _plural_subject_before)
_PLURAL_NOUNS = sorted(
    {w for w in ROLE_NOUNS | NAME_ROLES if w.isalpha() and w.endswith("s") and not w.endswith("ss")}
    | {w + "s" for w in ROLE_NOUNS | NAME_ROLES if w.isalpha() and not w.endswith("s")} | {"authors", "people", "police"},
    key=len, reverse=True,
)
_PLURAL_NOUN_SET = frozenset(_PLURAL_NOUNS)
# a sentence's subject before its verb of speech: "Harlow Steel said", "The ministry said"
_BODY_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))(?:[Tt]he )?("
    + UPPER + r"[\w'’\-&.]*(?: (?:of|for|and|&|the|" + UPPER + r"[\w'’\-&.]*)){0,7}|(?<=The )[a-z]+(?: [a-z]+)?)"
    r"(?: (?:also|later|then|has|had|have))? (?:said|says|announced|told|added|warned|confirmed|stated)\b",
    re.M,
)
# a body by its name opening a sentence as the subject of any verb: "The Harlow Audit Office
# has repeatedly flagged what it calls …" (see Resolver.what_it_calls)
_BODY_OPENS_RE = re.compile(
    r"(?:The )?(" + UPPER + r"[\w'’\-&.]*(?: (?:of|for|and|&|the|" + UPPER + r"[\w'’\-&.]*)){0,7}|(?<=The )[a-z]+)"
    r" (?:(?:has|have|had|also|repeatedly|often|long|now|again) )*[a-z]+\b"
)
_BODY_ENDS_FOR_IT = frozenset(BODY_HEADS | ORG_NOUNS)
_CALLS_AFTER_IT = ("it calls", "it called", "it describes", "it described", "it terms", "it termed", "it dubbed")
_HE_SHE_AFTER_RE = re.compile(r"[^.!?\"“”\n]{0,60}?\b(?:he|she|his|her|him)\b")
_THE_BODY_RE = re.compile(r"\b[Tt]he ([a-z]+)(?:['’]s)?\b")
_NOTE_WRITERS = {"analysts", "economists", "strategists"}  # whose notes are their firm's
# words beside a person that give a they another antecedent: "said Jo Okafor, who runs the
# shop with her husband", "Jo and Tim Okafor"
_COMPANY_WORDS = frozenset({"and", "husband", "wife", "partner", "family", "couple", "parents", "children",
                            "brother", "brothers", "sister", "sisters", "colleagues", "both", "together",
                            "mother", "father", "son", "daughter", "their"})
# a plural subject's openers: a conjunction before it is no part of it ("But analysts said");
# a subordinator makes it no subject of its sentence ("When analysts said …, prices fell")
_LINKING_OPENERS = frozenset({"but", "and", "yet", "so", "still", "also", "meanwhile", "however", "now", "then", "or"})
_OPENING_SUBORDINATORS = frozenset({"when", "if", "after", "before", "because", "while", "although", "though", "since",
                            "as", "until", "unless", "once", "whether", "where"})
_WORD_LOW_RE = re.compile(r"\b[a-z]+\b")
_QUOTE_OPENERS = "\"“‘'«„"
_QUOTE_MARKS = "\"“”«»„"
# things a body speaks of that may say words of their own, as an "it": "the new law", "the app"
_SAYING_THINGS = DOCUMENTS | {"law", "bill", "act", "rule", "rules", "guidance", "guideline", "guidelines", "plan",
                              "policy", "app", "website", "site", "sign", "label", "code", "order", "decree",
                              "proposal", "contract", "agreement", "deal", "draft", "treaty", "regulation",
                              "regulations", "notice", "warning", "advert", "ad", "manual", "book", "video",
                              "film", "programme", "program", "scheme", "strategy", "budget", "bylaw", "charter",
                              "constitution", "guide", "leaflet", "message", "ruling", "verdict", "model", "tool"}
# a run of capitalised words ("Velmar Motors") and a description after one ("Jo Penn, the
# chief executive,": its head word in group 1)
_CAPITAL_RUN_RE = re.compile(UPPER + r"[\w'’\-&.]*(?: " + UPPER + r"[\w'’\-&.]*)+")
_ROLE_APPOSITION_RE = re.compile(r", (?:the|a|an|its|their|his|her) (?:[\w\-]+ ){0,3}?([a-z][\w\-]*)(?=[,.]| of | at | for )")
_PERSON_OPENERS = frozenset({"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my"})
_IN_A_RE = re.compile(r"\b(?:in|via|through|with) (?:a|an|its|the|their)(?: [a-z\-]+)? $")
# Where the sentence opens (at the text's start, after a newline, or after ". " or '." ')
# and the subject from there on (the nouns as a tree of their letters: _branches tries
# the longer of two nouns sharing a start first, as the list sorted longest first did).
# _plural_subjects searches with _PLURAL_SUBJECT_AFTER_RE, the same with the opening's
# punctuation or newline matched rather than looked behind at, so that the regex engine
# skips to those characters rather than trying the regex at every one.
_PLURAL_SUBJECT_OPENS = r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] ))"
_PLURAL_SUBJECT = (
    r"("
    r"(?:(?:The|Some|Several|Many|Other|Both|Two|Three|Four) )?(?:" + UPPER + r"[\w'’&.\-]* ){0,3}(?:[a-z][a-z\-]*(?:['’]s)? ){0,2}"
    r"(?i:" + _branches(_PLURAL_NOUNS) + r")"
    r"(?: (?:at|from|with|for|of|in) (?:the )?" + UPPER + r"[\w'’&.\-]*(?: (?:of |for |and )?" + UPPER + r"[\w'’&.\-]*){0,4})?)"
    r"(?:, [^,.\"“”]{1,80},)? ([a-z]+)\b(?: ([a-z]+)\b)?"
)
_PLURAL_SUBJECT_RE = re.compile(_PLURAL_SUBJECT_OPENS + _PLURAL_SUBJECT, re.M)
_PLURAL_SUBJECT_AFTER_RE = re.compile(r"[.!?\n](?:(?<=\n)| (?<=[.!?] )|[\"”’] (?<=[.!?][\"”’] ))" + _PLURAL_SUBJECT)


def _plural_subjects(text: str, lo: int, hi: int):
    """_PLURAL_SUBJECT_RE.finditer(text, lo, hi)'s matches, as far as their groups and
    end go (each _PLURAL_SUBJECT_AFTER_RE match starts at the character before its
    opening: those within a character or two of `lo` are tried where they open)."""
    pos = lo
    for at in range(lo, min(lo + 3, hi)):
        m = _PLURAL_SUBJECT_RE.match(text, at, hi)
        if m is not None:
            yield m
            pos = m.end()  # (a letter ends it: no opening at the next character)
            break
    yield from _PLURAL_SUBJECT_AFTER_RE.finditer(text, pos, hi)
# a patronymic and family name after a given name: "bin Tariq Al Hamrani", "ibn Saud"
_PATRONYMIC_RE = re.compile(r"(?:bin|bint|ibn|Bin|Ibn) [A-Z][\w'’\-]+(?: (?:Al|al|El|el) [A-Z][\w'’\-]+| [A-Z][\w'’\-]+){0,3}")
# where an anonymous source sits: " in the Cabinet of Ministers", " at the Treasury"
# (or for whom: "a spokesman for the Pulau Bayu City Council"; a body may go uncapitalised
# after "the": "a source at the council")
_BODY_WORDS = "(?:" + "|".join(sorted(BODY_HEADS | {"government", "police", "firm", "operator"})) + r")\b"
_BODY_WORDS_CAP = "(?:" + "|".join(sorted(w.capitalize() for w in BODY_HEADS | {"government", "police"})) + r")\b"
_BODY_OF = r"(?: of " + UPPER + r"[\w'’\-]*(?: (?:and )?" + UPPER + r"[\w'’\-]*){0,3})?"  # "the ministry of Agriculture"
# a body its owner's possessive opens: " for the county's Office of Emergency Management"
_WHERE_OWNED_RE = re.compile(
    r" (?:in|at|for|with) (?:the )?[a-z]+['’]s " + UPPER + r"[\w'’\-]*(?: (?:of |and |for )?" + UPPER + r"[\w'’\-]*)*"
)
_WHERE_UNNAMED_RE = re.compile(r" (?:in|at|for|from|with) (?:the |an? )?[\w'’\-]+(?: [\w'’\-]+){0,3}(?=, who )")
_WHERE_RE = re.compile(
    r" (?:in|at|inside|within|for) (?:the )?(?:" + UPPER + r"[\w'’\-]*(?: (?:of |and |for )?" + UPPER + r"[\w'’\-]*)*"
    + r"(?: " + _BODY_WORDS + r")?|(?<=the )" + _BODY_WORDS + _BODY_OF + ")"  # ("Bro Teifion council")
    # (or "of the" and a body in small letters: "a senior official of the irrigation department";
    # or its head word alone in capitals, "a senior official of the Ministry"; and its
    # portfolio, "at the ministry of Agriculture")
    + r"| of the (?:[a-z]+ )?(?:" + _BODY_WORDS + "|" + _BODY_WORDS_CAP + ")" + _BODY_OF
    # (and a place after a resident's "of": "a resident of Kyauk Taw")
    + r"|(?<=resident|villager) of " + UPPER + r"[\w'’\-]*(?: " + UPPER + r"[\w'’\-]*){0,2}"
)
_BODY_PLACES = {"city", "county", "town", "district", "state", "borough", "village", "parish", "regional", "local"}
# descriptions a report uses for someone it has just named
# a parliament's members by the letters after a name: "the Aontas Nua TD", "the Labour MP"
_SEAT_HEADS = frozenset({"td", "mp", "msp", "mla", "mep"})
_ANAPHORIC_ROLES = {"teenager", "youngster", "veteran", "newcomer", "rookie", "star", "actress", "actor", "singer",
                    "player", "striker", "midfielder", "goalkeeper", "forward", "defender", "batsman", "bowler",
                    "athlete", "pensioner", "retiree", "widow", "widower", "businessman", "businesswoman",
                    "entrepreneur", "billionaire", "tycoon", "comedian", "rapper", "presenter", "host",
                    # a match report's "the skipper said", "said the Rangers captain": the
                    # player it has just named, as a sports page writes after a name
                    "skipper", "captain",
                    # a person by age or calling, the Nigerian and Kenyan press's habit for the one
                    # just named: "the septuagenarian said", "the cleric said", "the first-term legislator"
                    "sexagenarian", "septuagenarian", "octogenarian", "nonagenarian", "centenarian", "cleric",
                    "legislator", "lawmaker"} | _SEAT_HEADS  # (and "the Aontas Nua TD said", "the Labour MP added")
# (skipper and captain only on a sports page, plain or a team's, "the Rangers captain", and for a player
# made a sentence's subject with no other role: not "the fire captain", "the boat's
# captain", nor the captain who speaks after "Passenger Ann Lee said …" or "Officers
# arrested Dean Morrow")
_CAPTAINS = {"skipper", "captain"}
_SPORTS_PAGE_RE = re.compile(
    r"\b(?:wickets?|innings|overs|scored|match|matches|half-time|full-time|league|fixture|tournament|"
    r"semi-final|quarter-final|striker|midfielder|goalkeeper|batsman|batter|bowler|stadium|unbeaten|"
    r"equali[sz]er|hat-trick|kick-off|balls|\d+-(?:run|wicket|goal|point))\b",
    re.IGNORECASE,
)
# (of those, the ones the last sentence's other person may be as well: not the one just named
# when that sentence named two)
# how a text titles a member of a legislature before the name
_LEGISLATOR_FORMS = ("senator ", "sen. ", "sen ", "hon. ", "hon ", "rep. ", "representative ", "congressman ",
                     "congresswoman ", "assemblyman ", "assemblywoman ", "mp ", "lawmaker ", "legislator ",
                     "lawmaker, ", "legislator, ", "senator, ")
_LEGISLATOR_BEFORE_RE = re.compile(
    r"\b(?:[Ss]enator|Sen\.?|Hon\.?|Rep\.|[Rr]epresentative|[Cc]ongress(?:wo)?man|[Aa]ssembly(?:wo)?man|MP|"
    r"[Ll]awmaker,?|[Ll]egislator,?) (?:[A-Z][a-z]+ )?[A-Z][\w'’\-]+"
)
# the parties a trial report calls by their part, and the trades of those who try them
_PARTIES = frozenset({"defendant", "accused"})
_COURT_TRADES = frozenset({"attorney", "lawyer", "prosecutor", "counsel", "judge", "magistrate", "barrister", "solicitor",
                           "advocate", "justice", "detective", "officer", "inspector", "sergeant", "constable", "coroner",
                           "juror", "clerk"})
# (and the others a trial report names who are not on trial)
_NOT_DEFENDANTS = _COURT_TRADES | {"witness", "victim", "complainant", "plaintiff", "claimant", "survivor"}
_UNNAMED_SEAT_RE = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Oo]ur|[Aa]n?|[Ll]ocal|[Aa]nother) (?:local )?(?:MP|TD|MSP|MLA|MEP)\b")
_LEGISLATOR_HEADS = frozenset({"lawmaker", "legislator"}) | _SEAT_HEADS
_CHIEF_GIVEN = {"nana", "nii", "naa"}  # Ghanaian chiefs' titles, and given names too
_DECADE_WORDS = {"sexagenarian": 60, "septuagenarian": 70, "octogenarian": 80, "nonagenarian": 90, "centenarian": 100}
_NAME_AGE_RE = re.compile(r"((?:[A-Z][\w'’\-]+ ){0,3}[A-Z][\w'’\-]+), (\d{2,3}),")
# the words of a public office before a name, which "the official" may point back to
_OFFICE_WORDS = frozenset({"minister", "governor", "mayor", "secretary", "director", "commissioner", "deputy",
                           "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "undersecretary",
                           "administrator", "prefect", "chairman", "chairwoman", "chairperson"})
_TITLE_LINKS = frozenset({"of", "for", "the", "and", "&", "state", "general", "vice", "chief", "senior", "acting"})
_ANAPHORIC_CALLINGS = {"sexagenarian", "septuagenarian", "octogenarian", "nonagenarian", "centenarian", "cleric",
                       "legislator", "lawmaker"} | _SEAT_HEADS
_AGED_RE = re.compile(r"[Tt]he \d+-year-old\b")
# a student's class year, the American sports and school page's "the junior said": the
# player just named, like "the 24-year-old" (bare only: "the senior official", "the junior
# minister" are no class years)
_CLASS_YEARS = frozenset({"the freshman", "the sophomore", "the junior", "the senior",
                          "the redshirt freshman", "the redshirt sophomore", "the redshirt junior",
                          "the redshirt senior"})
# the grown-ups of a school or sports page, who are no class year: "Coach Dale Fisk praised the
# line. "…," the junior said" is the player, not the coach
_NOT_A_STUDENT = frozenset({"coach", "principal", "superintendent", "teacher", "trustee", "dr", "dr.",
                            "mayor", "commissioner", "sheriff", "chief", "director", "president",
                            "coordinator", "councilman", "councilwoman", "councillor", "sen.", "rep.",
                            "member", "parent", "mother", "father", "mom", "dad"})
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "madam", "mdm", "dr", "sheikh", "sheikha", "prince", "princess",
               "emir", "datuk", "dato", "mama", "ka", "pak", "bapak", "ibu", "haji", "hajjah", "ratu", "adi"}
# the second word of Malaysia's two-word honorifics after Datuk or Dato: "Datuk Seri",
# "Dato Sri", "Datuk Patinggi", "Datuk Amar", "Datuk Wira", "Datuk Paduka"
_MALAY_STYLES = frozenset({"seri", "sri", "patinggi", "amar", "wira", "paduka"})
_PLAIN_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx"}  # (the English papers' own, before a surname alone)
_FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "baroness", "queen", "princess", "sister", "smt", "shrimati",
                  "ibu", "hajjah", "madam", "mdm", "mme", "madame", "señora", "senora", "sra", "frau", "begum", "sheikha", "hajia", "mama",
                  "doña", "ustazah", "daw"}
_MALE_TITLES = {"mr", "sir", "lord", "baron", "king", "prince", "father", "brother", "shri", "herr", "monsieur",
                "señor", "senor", "sheikh", "alhaji", "mzee", "pak", "bapak", "haji", "ratu", "fr", "mallam", "malam",
                "hajji", "ustaz"}
_NOT_FIRST = DISCOURSE | DETERMINERS | NOT_NAME_OPENERS
# = \b[Oo]ne …, the word boundary a look-behind after the first letter (a regex opening
# with a set is searched for it, not tried at every character)
_ONE_RE = re.compile(r"[Oo](?<!\w.)ne ((?:[\w'’\-]+ ){0,3}[\w'’\-]+)")


# adjectives that make a role another's: "the former minister" is not "the minister"
_OTHER_ROLE_ADJECTIVES = frozenset({"former", "deputy", "shadow", "acting", "interim", "assistant", "associate", "vice",
                                    "junior", "outgoing", "incoming", "ex", "late", "new", "future", "another", "other",
                                    "fellow", "second", "third", "first", "unnamed", "anonymous", "senior", "top",
                                    "chief", "executive", "general"})


def _modded_role(text: str, at: int, end: int) -> int:
    """How many characters of lower-case words describing a role stand at its left, set off
    after a name as its apposition: "Ann Obi, the finance minister," and "Ann Obi, a local
    farmer," for "the minister" and "the farmer" (one or two words, none of which makes the
    role another's: not "the former minister", "the deputy minister"), the role ending at
    `end` (not "Ann Obi, a farmer's wife,": another's role); else 0."""
    if text[end : end + 1] in ("'", "’"):
        return 0
    k = at
    for _ in range(2):
        cut = text.rfind(" ", k - 30 if k > 30 else 0, k - 1)
        if cut == -1:
            return 0
        word = text[cut + 1 : k - 1]
        if not word.isalpha() or not word.islower() or word in _OTHER_ROLE_ADJECTIVES:
            return 0
        k = cut + 1
        if text.endswith((", the ", ", a ", ", an "), 0, k):
            return at - k
    return 0


@dataclass
class Entity:
    name_tokens: list[str] = field(default_factory=list)  # fullest name, titles stripped
    aliases: list[str] = field(default_factory=list)
    anonymous: bool = False
    display: str = ""
    gender: str | None = None
    org: bool = False  # a body, not a person: never "he" or "she"
    quotes: list[int] = field(default_factory=list)


def _tokens(name: str) -> list[str]:
    return name.replace(".", ". ").split()  # = re.split(r"\s+") without the empty strings


def _is_title(token: str) -> bool:
    t = token.lower().rstrip(".'’")  # (and Malaysia's "Dato'", written with its apostrophe)
    if t in TITLES or t in NAME_ROLES:
        return t != "cr" or token[1] == "r"  # (a councillor's "Cr", not the initials of "CR Smith")
    if "-" not in t:
        return False
    # "Co-anchor", "Ex-minister", "Vice-chair", "Editor-in-Chief", "Secretary-Treasurer"
    head, _, rest = t.partition("-")
    if head in ("co", "ex", "vice") and (rest in TITLES or rest in ROLE_NOUNS or rest in NAME_ROLES):
        return True
    # (plain loops over the few parts: cheaper than generators)
    titled = False
    for p in t.split("-"):
        if p in TITLES or p in NAME_ROLES:
            titled = True
        elif p not in _TITLE_JOINS:
            return False
    return titled


_TITLE_JOINS = {"in", "at", "of", "chief", "elect", "general", "designate", "large"}
# the words of a school a dean heads: "Dean Kettleby of the law faculty", "of Arden College"
_DEAN_OF_RE = re.compile(r" of (?:the |[A-Z][\w'’\-]* ){0,4}?(?:[Ss]chool|[Cc]ollege|[Ff]aculty|[Uu]niversity|[Ii]nstitute|[Dd]ivinity|[Ll]aw\b|[Mm]edicine|[Aa]rts\b|[Ss]ciences?\b|[Ss]tudents\b|[Aa]dmissions)")


def _dean_of(after: str) -> bool:
    """Whether the words after "Dean Pell" name what he is dean of: "of the law faculty", "of
    Arden College" (not "Dean Pell of Arden", a man from there; see _strip_titles)."""
    return _DEAN_OF_RE.match(after) is not None


# a school's word before "Dean Pell": "Arden Law School Dean Pell", "the law school Dean Pell"
_DEAN_BODIES = frozenset({"school", "college", "faculty", "university", "institute", "law", "medicine", "divinity",
                          "business", "arts", "sciences", "students", "admissions", "graduate", "academic"})
_DEAN_WORD_RE = re.compile(r"\bdean\b")


def _dean_office(text: str, at: int) -> bool:
    """Whether "Dean" at `at`, before a surname, is the office: after a school's name ("Arden
    Law School Dean Pell"), or in a text that tells of a dean in small letters ("Pell, the
    dean, said …"); not "Dean Pell" alone, his given name (see _strip_titles), nor after a
    club's possessive, "Arden United's Dean Pell", a player's."""
    w = text[at - 24 if at > 24 else 0 : at].rsplit(None, 1)[-1:]
    if w and w[0].lower() in _DEAN_BODIES:
        return True
    return _DEAN_WORD_RE.search(text) is not None


_AGED = ("-year-old", "-Year-Old")  # an age opening a sentence before the name
# titles that are also given names, read as names after a role ("manager Dean Kettleby")
_GIVEN_TITLES = frozenset({"Dean", "Earl", "Major", "Prince", "Duke", "King", "Bishop", "Judge"})


_CLOCK_HALVES = ("AM", "PM")  # (a time's half of the day: see _strip_titles)
_NAME_OPENERS = frozenset({". ", "\" ", "” ", "? ", "! "})  # (what stands before a name opening a sentence)
_SAY_FORMS = frozenset({"said", "says"})  # (before a name after its verb: see Resolver._surname_not_office)


def strip_titles(tokens: list[str]) -> list[str]:
    """Drop leading titles, honorifics and roles while a name is left (see _strip_titles)."""
    return list(_strip_titles(tuple(tokens)))


@functools.lru_cache(maxsize=4096)
def _strip_titles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Drop leading titles, honorifics and roles while a name is left: "NSW Premier Chris
    Mallory" and "Sinn Féin TD Eoin Mac Giolla" are Chris Mallory and Eoin Mac Giolla, and
    "Minister for Housing Dara Ní Bhriain" loses the portfolio too."""
    # (indices into tokens, the name being tokens[lo:hi], rather than lists cut and cut again)
    n = len(tokens)
    lo = 0
    # "Scottish Labour's Pam Duncan-Glancy": the name comes after the body's possessive
    # (the last one: looked for from the end)
    for i in range(n - 2, -1, -1):
        if tokens[i].endswith(_POSSESSIVE_ENDS):
            lo = i + 1
            break
    # a party label counts as a title before two or more words that do not end in a body's
    # name: "House Republican Thomas Massie", not "Republican Jewish Coalition"
    party_ok = n - lo >= 3 and tokens[-1].lower() not in BODY_HEADS
    # the last title (looked for from the end, so that the words before it are not tested)
    for i in range(n - 2, lo - 1, -1):
        t = tokens[i]
        if _is_title(t) or (party_ok and i <= n - 3 and t.lower() in PARTY_WORDS):
            if t[:1] in "APNME" and _name_not_title(t, tokens[i + 1], n - i - 1):
                continue
            if i == n - 2 and i > lo and tokens[-1].lower().rstrip(".") in _GENERATIONS:
                continue  # "Martin Luther King III": the surname King, then the generation
            if t == "Dean" and i == n - 2 and (i == lo or _is_title(tokens[i - 1])):
                # "Dean Pell", "Professor Dean Pell": a given name before the surname alone
                # (the dean of a school is "the dean", "Dean Ann Pell", "Dean of Law Ann Pell";
                # after a club's possessive a player's, "Arden United's Dean Pell")
                continue
            lo = i + 1
            break
    if lo == 0 and n > 2 and tokens[0].lower() in _PLURAL_TITLES and not any(
        t.lower() in _BODY_NAME_ENDS or t.lower() in _NOT_AFTER_PLURAL_TITLE for t in tokens[1:]
    ):  # (not "Advocates Without Borders", "Judges Farm Estate": a body's or a place's name)
        lo = 1  # "Lawyers Roberta Farrugia Azzopardi and Keith Psaila Savona appeared"
    while n - lo > 2 and tokens[lo].lower() in PORTFOLIOS:
        lo += 1
    if n - lo > 2:
        t = tokens[lo]
        if t == "HE" or t == "Eng." or (t == "H." and tokens[lo + 1] == "E." and n - lo > 3):
            # "HE Abdullah Al Sowaidi", "H.E. Al Ruwaihi": the Gulf papers' His (or Her)
            # Excellency, in capitals only (not the pronoun); their engineer, "Eng. Hamood
            # Al Wahaibi", with its full stop (not the surname: "Eng Kok Wah")
            lo += 2 if t == "H." else 1
        elif lo and tokens[lo - 1].lower().rstrip("'’") in ("datuk", "dato", "puan") and t.lower() in _MALAY_STYLES:
            lo += 1  # "Datuk Seri Azhar Kamaruddin", "Datuk Amar Ugak Nyalau", "Puan Sri Ani Hamid": one honorific of two words
        elif (t == "Tan" and tokens[lo + 1] == "Sri" or t == "Tuai" and tokens[lo + 1] == "Rumah") and n - lo > 3:
            # "Tan Sri Lim Kok Seng": the title, not the surname Tan; Sarawak's longhouse
            # headman, "Tuai Rumah Lasah Bunsu"
            lo += 2
    hi = n
    while hi > lo and tokens[hi - 1] in (".", ","):
        hi -= 1
    while hi - lo > 2 and tokens[hi - 1].lower().rstrip(".") in POST_NOMINALS and tokens[hi - 1].lower().rstrip(".") not in _GENERATIONS:
        hi -= 1  # "Marcus Penhallow MP": the letters are no part of the name
    out = tokens[lo:hi]
    if out and out[0][:2] in _CLOCK_HALVES and out[0][2:3].isupper() and out[0][3:4].islower() and len(out) > 1:
        out = (out[0][2:], *out[1:])  # "4:30 PMDonald Trump said": a scraped page's time glued to the name
    if "." not in out:
        return out
    kept = []
    for t in out:
        if t != ".":
            kept.append(t)
    return tuple(kept)


def _name_not_title(title: str, after: str, left: int) -> bool:
    """Whether an honorific that is also a name is the name here: "Adi" before one word
    ("Adi Prasetyo", where the Fijian "Adi Salote Naivalu" has two), "Pak" before a
    hyphenated given name (the Korean surname: "Pak Pong-ju", not "Pak Darto")."""
    low = title.lower()
    # (and a Ghanaian chief's "Nana", "Nii" or "Naa" before two words or more: a given name
    # there, "Nana Yaw Boateng", which the full name keeps as the chief's keeps it, "Osagyefo
    # Nana Owusu Ampem-Darko II"; before a surname alone, "Nana Ampem-Darko", it titles it)
    # (and Israel's "MK" before one word: an Indian's initials there, "MK Stalin"; a member of
    # the Knesset has both names, "MK Tamar Elkayam")
    # (and "Eng" without its full stop: a given name or a surname, "Lim Eng Hock", "Eng Sokha";
    # the engineer's title is written "Eng. Sahr Koroma")
    # (and Britain's "PC" before one word: a title only where the text has given the
    # constable's full name, which the caller does not see; alone it is a computer's, "PC
    # World", "PC Gamer", a shop or a magazine)
    return (low == "eng" and after != ".") or (low in ("adi", "mk", "pc") and left < 2) or (low == "pak" and "-" in after) or (low in ("nana", "nii", "naa") and left >= 2)


_NOT_AFTER_PLURAL_TITLE = _BODY_PLACES | {"without", "for", "of", "against", "in", "farm", "estate", "road", "street",
                                           "park", "hall", "house", "lane", "square"}
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}  # part of the name: Robert P. Casey Jr
# titles in the plural, before the first of the names they title
_PLURAL_TITLES = {"lawyers", "attorneys", "advocates", "inspectors", "magistrates", "judges", "justices", "senators",
                  "councillors", "councilors", "professors"}


_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _unpossessed(token: str) -> str:
    """A word without its possessive ending: Trump's -> Trump, Sanders' -> Sanders."""
    if token.endswith(("'s", "’s")):
        return token[:-2]
    if token.endswith(("s'", "s’")):
        return token[:-1]
    return token


def _gender_from_title(tokens: list[str]) -> str | None:
    if not tokens:
        return None
    return _TITLE_GENDER.get(tokens[0].lower().rstrip("."))


# (the female titles last, so that they win, as _gender_from_title tests them first)
_TITLE_GENDER = dict.fromkeys(_MALE_TITLES, "m") | dict.fromkeys(_FEMALE_TITLES, "f")
# a title of _TITLE_GENDER ending a word of lower-cased text, its full stops after it
_TITLE_ENDS_RE = re.compile("(?:" + _branches(_TITLE_GENDER) + r")\.*(?: |$)")


def _capital(w: str) -> bool:
    """A capitalised word, or a name after a lower-case particle (al-Masri)."""
    # (a particle's name holds a hyphen or an apostrophe: tested first, for less than the regex call)
    # (and a social-media handle, "@dilsedesi_92", which stands for its account's name)
    return w[:1].isupper() or (("-" in w or "'" in w or "’" in w) and PREFIXED_NAME.match(w) is not None) or w[:1] == "@"


# a body or a place by its trade or kind, before its name in apposition: "for the country's
# biggest lender, Kessel Bank", "for the state's largest utility, Dunmore Power", "for the
# district, North Kessel" (see _renamed_body)
_TRADES = {"district", "region", "province", "municipality", "town", "village", "city", "county", "lender", "insurer",
           "utility", "carrier", "airline", "retailer", "supermarket", "carmaker", "automaker", "charity", "startup",
           "factory", "plant", "mine", "miner", "producer", "supplier", "chain", "publisher", "broadcaster", "exchange",
           "regulator", "refinery", "port", "fund", "conglomerate", "giant", "brokerage", "developer", "builder",
           "maker", "manufacturer", "provider", "distributor", "shipper", "railway", "owner"}
# a body described before its name in apposition: "… for the bus operator, Lenn Valley
# Coaches" (see _renamed_body)
_RENAMED_BODY_RE = re.compile(
    r"(.+ (?:for|of|at|from)) the (?:[a-z][\w\-'’]* ){0,2}(?:" + "|".join(sorted(ORG_NOUNS | BODY_HEADS | _TRADES))
    + r"), (" + UPPER + r"[^,]*)$"
)
# the words a company's or a body's name ends in
_BODY_NAME_ENDS = BODY_HEADS | {"airlines", "airways", "motors", "coaches", "buses", "industries", "holdings", "partners",
                                "foods", "systems", "services", "ltd", "limited", "plc", "inc", "llc", "co", "corp",
                                "water", "energy", "rail", "railways", "trains", "transport", "logistics", "media",
                                "power", "electric", "gas", "oil", "steel", "telecom", "capital", "insurance", "mining",
                                "resources", "utilities", "shipping", "pharmaceuticals", "airport", "port", "ports"}


def _renamed_body(mention: str) -> re.Match | None:
    """The words before the body and the body's name, in "a spokesperson for the bus
    operator, Lenn Valley Coaches" (a name of two words or more ending as a company's
    does); None for "a lawyer for the newspapers, Dana Ruiz"."""
    m = _RENAMED_BODY_RE.match(mention)
    if m is None:
        return None
    name = m.group(2).split()
    return m if len(name) >= 2 and (
        name[-1].lower().rstrip(".") in _BODY_NAME_ENDS or name[-1].lower() in _TEAM_NAME_ENDS
        or name[0].lower().rstrip(".") in _PLACE_NAME_OPENERS
    ) else None


# the words a sports club's name ends in ("for the club, Kessel United") and those that open
# a place's ("for the district, North Kessel"): no person's name ends or opens so
_TEAM_NAME_ENDS = {"united", "rovers", "rangers", "wanderers", "athletic", "athletico", "albion", "city", "town",
                   "county", "fc", "afc", "sc", "olympic", "sporting", "hotspur", "villa", "dynamo", "juniors"}
_PLACE_NAME_OPENERS = {"north", "south", "east", "west", "upper", "lower", "new", "port", "fort", "mount", "st",
                       "saint", "san", "santa", "greater", "lake", "cape"}


_PORTFOLIO_WORDS = frozenset(PORTFOLIOS - {"the", "and", "&", "of", "for"})  # (a portfolio's own words)


def _most_name(words: list[str], low: list[str]) -> bool:
    """"Most Shahnaz Begum": "Most" (Mosammat) before two capitalised words or more, none of
    them a role, a body or a plural ("Most Democratic Senators", "Most Union Members"), the
    last no people's plural ("Most South Koreans", "Most New Yorkers")."""
    if low[-1][-1:] == "s":
        return False
    for w, lw in zip(words[1:], low[1:]):
        if not _capital(w) or lw in ROLE_NOUNS or lw in NAME_ROLES or lw in BODY_HEADS or lw in ORG_NOUNS or lw in _PLURAL_NOUN_SET:
            return False
    return True


def _moody_name(words: list[str], low: list[str]) -> bool:
    """"a tearful Ann Obi", "a visibly shaken Tom Pell": after "a", one or two words in small
    letters that are no role, link or determiner, then a name of two or three capitalised
    words, none a role, a body or a plural (not "a senior Labour source", "a spokesman for
    Kell Bank", "a former Kell Bank executive", "a rival Kell Group"), nor a place's people
    or a kin word ("a proud New Zealander", "a proud Kell Islander", "a tearful Kell Mum")."""
    k = 1
    while k < len(words) and k <= 2 and words[k].islower() and words[k].isalpha() and low[k] not in ROLE_NOUNS and (
        low[k] not in NAME_ROLES and low[k] not in ROLE_LINKS and low[k] not in DETERMINERS
    ):
        k += 1
    if k == 1 or not 2 <= len(words) - k <= 3 or not _most_name(words[k - 1 :], low[k - 1 :]):
        return False
    last = low[-1]
    if low[k] in _PLACE_NAME_OPENERS or last in _NOUN_GENDER or last.endswith("lander") or (
        last in DEMONYMS and last.endswith(("an", "i"))
    ):
        return False  # a place's people or a kin word, no name: "a proud New Zealander", "a tearful Kell Mum"
    return not any(lw in _BODY_ENDS or lw in INSTITUTION_WORDS for lw in low[k:])


_HEADED_UNITS = frozenset({"division", "unit", "branch", "section", "directorate", "command"})  # (see classify)


# a government body's head word, which its field may stand before or after: "the Labour
# Ministry", "the Ministry of Labour"
_FLIPPED_HEADS = frozenset({"Ministry", "Department"})


def _flipped_body(full: list[str]) -> list[str] | None:
    """The name of a ministry or department the other way round: "Ministry of Labour" for
    "Labour Ministry" and back (its field of one word to three, each capitalised, with "and"
    between two: "Ministry of Trade and Industry"); None for any other name."""
    if full[-1] in _FLIPPED_HEADS and full[0] not in _FLIPPED_HEADS:
        field = full[:-1]
        if len(field) <= 3 and all(w[:1].isupper() or w == "and" for w in field) and field[0] != "and":
            return [full[-1], "of", *field]
        return None
    if len(full) >= 3 and full[1] in ("of", "for") and full[-1] not in _FLIPPED_HEADS:
        field = full[2:]
        if len(field) <= 3 and all(w[:1].isupper() or w == "and" for w in field) and field[0] != "the":
            return [*field, full[0]]
    return None


# texts written with a capital and no name of their own, which speak as a document does
_FOUNDING_TEXTS = frozenset({"constitution", "charter", "bible", "quran", "koran", "torah"})


# plurals of people that the role lists lack, named by no body: "pupils", "commuters"
_PEOPLE_PLURALS = frozenset({"pupils", "commuters", "passengers", "shoppers", "patients", "locals", "tourists", "motorists",
                             "drivers", "fishermen", "campaigners", "protestors", "demonstrators", "holidaymakers",
                             "parents", "teachers", "nurses", "villagers", "diners", "spectators", "onlookers",
                             "scientists", "economists", "dentists", "chemists", "physicists", "pharmacists", "therapists",
                             "specialists", "environmentalists", "conservationists", "nutritionists", "psychiatrists",
                             "cyclists"})


def _people_plural(w: str) -> bool:
    """Whether a lower-case word is a plural of people: a role's ("teachers"), a listed one
    ("pupils"), or a profession's by its ending ("archaeologists", "historians")."""
    # (by its ending only a profession's: "-ologists", "-icians"; not "-ists" or "-ians" at
    # large, which a creed's or a nation's people share, "Baptists", "Nigerians")
    return w in _PEOPLE_PLURALS or w.endswith(("ologists", "icians", "storians")) or (
        w[-1:] == "s" and w[:-1] in ROLE_NOUNS and w[:-1].isalpha() and not w.endswith("ss")
    )


_STAFF_WORDS = frozenset({"staff", "personnel", "crew"})  # (see classify)


# titles that go with one name and stay with it, as a reader knows the person: "Pope
# Francis", "King Charles", "Lord Sugar", "Baroness Hale" (not "Mr Hosk": a surname alone
# is how the rest of a story names her); "the King" alone is the role
STYLE_TITLES = frozenset({"pope", "king", "queen", "prince", "princess", "lord", "lady", "baron", "baroness", "dame", "sir",
                          "sheikh", "sheikha", "emir", "sultan", "cardinal", "archbishop", "bishop", "patriarch", "ayatollah"})


def _named_before_of(words: list[str], low: list[str]) -> bool:
    """Whether a title after "the" is followed by a name of two words or more, then "of":
    "The President Xi Wenming of the Pacific Council" (not "The Chief Executive Officer of
    Kell Bank", whose capitals are the office's)."""
    k = low.index("of")
    if k < 4:
        return False
    for n in range(2, k):
        w = low[n].rstrip(".")
        if not _capital(words[n]) or w in TITLES or w in ROLE_NOUNS or w in ROLE_ADJECTIVES:
            return False
    return True


# counts above four, which DETERMINERS does not hold: "Six in 10 voters" shown as "six in 10 voters"
_COUNT_WORDS = frozenset({"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})
_SOMEONE_WHERE = frozenset({"in", "at", "from", "on", "inside", "outside", "among", "near"})  # "somebody in the crowd"


# a document's releaser, set off after it: "The email, released by Judicial Watch," (no "it")
_RELEASED_BY_RE = re.compile(r"(?:,| which was| that was) (?:released|obtained|published|leaked|provided|posted|disclosed|reviewed|seen|made public|commissioned|prepared|written|signed|sent) by (?:the )?(?:[A-Z][\w'-]* ){0,3}$")

_DOCUMENT_RE = re.compile(r"\b(The|the|An?|an?) ((?:[a-z-]+ ){0,2}([a-z-]+)),?$")  # the document so released: "The email"


def _plain_name(words: list[str]) -> bool:
    """Whether classify() reads one or two words as a name by its last line, tested at
    a fraction of its cost: each word ASCII letters opening with a capital (no comma, no
    possessive, no particle's hyphen, no initial's dot), the first no pronoun, determiner
    or discourse word (nor "who", "him"), no link after it ("Smith of", "Aide to"), the
    last no role's word; a word alone no body's, office's or plural of people's. Half the
    mentions classify() meets for the first time are such names ("Trump", "Ann Obi")."""
    for w in words:
        if not (w.isascii() and w.isalpha() and w[0].isupper()):
            return False
    first = words[0].lower()
    if first in DETERMINERS or first in DISCOURSE or first in SUBJECT_PRONOUNS or first in ("who", "his", "her", "their", "him") or (
        first in SOMEONE
    ):
        return False
    last = words[-1].lower()
    if last in ROLE_NOUNS:
        return False
    if len(words) == 1:
        return not (
            last in ORG_NOUNS or last in _PERSON_ROLES or last in ROLE_ABBREVIATIONS or last in _PEOPLE_PLURALS or (last[-1] == "s" and _people_plural(last))
        )
    return last not in ("on", "for", "of", "at", "from", "with", "in", "to")


# the words after which capitals are the object of a link, not a name in apposition (see classify)
_NOT_BEFORE_NAMED_ONE = frozenset({"of", "for", "at", "in", "on", "from", "with", "to", "and", "the", "a", "an", "by"})


def classify(mention: str) -> str:
    """pronoun, anonymous, role (definite description) or named."""
    words = mention.split()
    if not words:
        return "anonymous"
    if len(words) <= 2 and _plain_name(words):
        return "named"
    low = []
    for w in words:  # (a loop: cheaper than a list comprehension for a few words)
        low.append(w.lower().strip(",."))
    if len(words) == 1 and (low[0] in SUBJECT_PRONOUNS or low[0] in ("who", "his", "her", "their", "him")) and words[0] != "WHO":
        return "pronoun"
    if low[0] == "another" and len(words) == 1:
        return "another"
    if low[0] in SOMEONE and (len(words) == 1 or low[1] in _SOMEONE_WHERE or low[1] in CLOSE_TO):
        # "Someone called it a "quiet revolution"", "Somebody in the crowd shouted": no one
        # named, kept as written (not "Someone Like You", a band)
        return "anonymous"
    if low[0] == "the" and _demonym(mention):
        return "role"  # "the German", not a name
    if len(low) == 2 and low[0] == "the" and low[1] in _FOUNDING_TEXTS:
        return "role"  # "the Constitution says": a document kept as written, as "the lawsuit" is
    if "," in mention:
        # "Another resident, farmer Ernesto Calimlim": the job before the name dropped
        named = _past_role_words(mention.rpartition(",")[2].split())
        if len(named) >= 2 and _renamed_body(mention) is not None:
            named = []  # "a spokesperson for the bus operator, Lenn Valley Coaches": the body's name
        if len(named) >= 2:
            for w in named:
                if not _capital(w):
                    break
            else:
                return "named"  # "the party's environment spokesman, Marcus Penhallow MP": the name in apposition
    if words[0] == "Most" and len(words) >= 3 and _most_name(words, low):
        return "named"  # Bangladeshi copy's "said Most Shahnaz Begum" (Mosammat): a name, not "most"
    if len(words) == 1 and words[0] == "An":
        return "named"  # '"…," An said': a given name alone (Nguyen Thi An's), no article
    if (low[0] in ANON_DETERMINERS and words[0] != "A.") or low[0] == "another" or (
        low[0] in _COUNT_WORDS and len(low) > 2 and (low[1] == "in" or (low[1] == "of" and words[2].islower()))
    ):  # ("Twelve in the village", "Five of the nine judges": a count of them, as "Two in the crowd")
        if (low[0] == "a" or low[0] == "an") and len(words) >= 4 and _moody_name(words, low):
            return "named"  # "said a tearful Ann Obi", "a visibly shaken Tom Pell said": her mood, then her name
        return "anonymous"  # (not an initial: "A. J. Pell", "A. Pell")
    if len(low) > 2 and low[0] in ROLE_NOUNS and (low[0].endswith("s") or low[0] == "people") and low[1] in CLOSE_TO:
        return "anonymous"  # "Sources close to the star", "People familiar with the talks"
    for n, w in enumerate(words[:-1]):
        if w.endswith(_POSSESSIVE_ENDS) and words[n + 1][:1].islower() and _capital(w):  # (= _unpossessed(w) != w)
            # "John Kasich's campaign", "Ryan's office": something the person owns speaks
            # (but "Egypt's president, Abdel Fattah al-Masri" names the person)
            if not any(_capital(v) for v in words[n + 1 :]):
                # "Trump's advisers": a group, kept as written like "Labour sources"
                return "anonymous" if low[-1] in ROLE_NOUNS and low[-1].endswith("s") else "role"
            break
    if len(words) == 1:
        if low[0] in ORG_NOUNS:
            # a body without its article, as headlines write it: "union insists …", "Union
            # calls plan « … »" (one such word, capitalised or not, is nobody's name)
            return "role"
        if (low[0] in _PERSON_ROLES or low[0] in ROLE_ABBREVIATIONS) and low[0] not in ("judge", "coach"):
            return "role"  # a headline's "Minister vows …": a title alone is no name
        if (low[0] in _PEOPLE_PLURALS or (low[0][-1:] == "s" and _people_plural(low[0]))) and low[0] not in ROLE_NOUNS and words[0][:1].isupper():
            return "anonymous"  # "Pupils said", "Archaeologists said": a plural of people opening a sentence, no name
    if len(words) == 2 and low[0] == "the" and low[1] in ROLE_ABBREVIATIONS:
        return "role"  # "the PM", "the CEO": a role's initials after "the" are no one's name
    if len(words) >= 2 and low[-1] in ORG_NOUNS and words[-1].islower() and _capital(words[0]) and low[0] not in DETERMINERS:
        k = next(n for n, w in enumerate(words) if not _capital(w))
        if all(w in ORG_NOUNS or w in _BODY_PLACES for w in low[k:]):
            return "role"  # "Kellingford city council": a place's body, named by its place
    if len(words) >= 2 and (low[-1] in ROLE_NOUNS or low[-1] == "boss") and words[-1].islower() and all(
        _capital(w) or w.lower().rstrip("'’").endswith("s") or (w.islower() and (w in ORG_NOUNS or w in _PORTFOLIO_WORDS))
        for w in words[:-1]
    ) and (not low[-1].endswith("s") or low[-1] == "boss") and low[-1] != "media":  # (a plural: "State media", below)
        # a role without its article, as headlines write it: "Environment minister hails …",
        # "farmers' leader speaks of …", "…, says Kharanpur water chief" (a portfolio's word)
        return "role"
    for n, w in enumerate(low[1:], 1):
        # "Ferry workers on the Skellan Sound crossing": the head before the link decides
        head = words[n - 1]
        if w in ("on", "for", "of", "at", "from", "with", "in") and (
            (head.islower() and (low[n - 1] in ROLE_NOUNS or low[n - 1].endswith("s")))
            or (n == 1 and (low[0].endswith("s") or low[0] in _STAFF_WORDS) and low[0] not in TITLES and low[0] not in NOBLE_TITLES)
        ):  # (a noble's title in -ess is no group: "Countess of Westmark Ann Hosk"; a body's
            # people named by a collective noun are one, "Staff at Wanderrie Hospital")
            if n == 1 and len(words) >= 5 and words[0].islower() and not low[0].endswith("s") and _capital(words[-1]) and _capital(
                words[-2]
            ) and all(v.islower() for v in words[2:-2]) and low[-3] not in _NOT_BEFORE_NAMED_ONE and not (
                # (not a body or a place the capitals name: "member of the party New Dawn",
                # "fan of the club Kell Rovers", "resident of the district Kell Harbour")
                low[-3] in BODY_HEADS or low[-3] in ORG_NOUNS or low[-1] in _NOT_GIVEN or low[-2] in _NOT_GIVEN
            ):
                # a translated wire's "…, resident of the village Elnur Mammadli said", "head of
                # a farm Vugar Aliyev": a bare role of one, a place in small letters, then the
                # name (not "chairman of the board of Freedom Partners": the body, after "of")
                return "named"
            return "role" if low[0] in DETERMINERS else "anonymous"
        if n == 1 and w[-3:] == "ing" and len(low) > 2 and low[0][-1] == "s" and low[0] in ROLE_NOUNS and words[1].islower():
            return "anonymous"  # "Lawyers defending the city": a group a participle describes, opening a sentence
        if n == 1 and w in ("for", "to") and low[0] in ROLE_NOUNS and not low[0].endswith("s") and not any(
            _capital(v) for v in words[2:]
        ):
            return "role"  # "Counsel for the petitioner", "Adviser to the minister"
        if n == 1 and w == "of" and len(low) > 3 and low[2] == "the" and low[0] in ROLE_NOUNS and not low[0].endswith("s") and (
            low[-1] in _HEADED_UNITS or low[-1] in ORG_NOUNS or low[-1] in BODY_HEADS
        ):
            # "Head of the St Aldwyn Police Division, Senior Superintendent …", as Caribbean
            # copy opens a sentence: an office of a body, no one's name (not "Chief of Staff Ann Lee")
            return "role"
    if low[0] in DETERMINERS and "for" in low and _seat_held(words, low):
        return "role"  # "the MP for North Arden": a member by the seat, no one's name (not the place's)
    if _portfolio_title(low) is not None:
        return "role"  # "the Minister of Trade and Industry": an office, no one's name
    if low[0] in DETERMINERS:
        # "the Labour leader", "the spokesman" vs "The Washington Post", "the Rev. Al Sharpton"
        # (and "the King", "the Pope": a sovereign's or a prelate's style alone is a role)
        if low[-1] in ROLE_NOUNS or (low[-1] == "justice" and low[-2] == "chief") or (len(low) == 2 and low[1] in STYLE_TITLES):
            if len(low) >= 6 and low[1].rstrip(".") in TITLES and "of" in low and _named_before_of(words, low):
                return "named"  # "The President Xi Wenming of the Pacific Council": the person, then the body
            return "role"  # (and "the Chief Justice": an office, no "Justice")
        for w in words[1:]:
            if _capital(w) and not ("-" in w and w.endswith(COMPOUND_ADJECTIVES)):  # (not "the Singapore-based firm")
                return "named"
        return "role"
    for w in words:
        if _capital(w) and w.lower() not in DISCOURSE:
            break
    else:
        if "Said" not in words or words.index("Said") == 0 or words[words.index("Said") - 1].lower() not in _PATRONYMS:
            return "anonymous"  # "officials", "critics" (not a father's name Said: "bin Said")
    # a bare role phrase: "Labour sources", "White House officials"
    # (a title before a name is no part of one: "Senator Pell aides"; a title's word before
    # the plural in lower case alone is, "Local councils", "Union officials")
    # (and "media", a plural without its s, in lower case: "State media", "Local media"; not
    # a firm's name, "Kessel Media")
    if low[-1] in ROLE_NOUNS and (low[-1].endswith("s") or words[-1] == "media") and not any(
        low[n] in TITLES and any(_capital(v) for v in words[n + 1 :]) for n in range(len(words) - 1)
    ):
        return "anonymous"
    return "named"


# words before a role that make it another office, held by someone else: "the Under
# Secretary of State" is not "the Secretary of State", nor "the deputy minister" "the minister"
_RANKS = {"under", "deputy", "vice", "assistant", "associate", "former", "junior", "shadow"}


_LINKS = frozenset({"and", "of", "&", "for", "on", "in"})
# the words of a portfolio after "for the": the cabinets' and the European Commission's
# ("Internal Market", "Single Market")
_FOR_THE_PORTFOLIO = _PORTFOLIO_WORDS | {"market", "markets", "single", "competition", "consumers", "region", "regions",
                                          "cohesion", "enlargement", "neighbourhood", "neighborhood", "oceans", "gaeltacht",
                                          "diaspora", "islands", "north", "south", "east", "west"}


def _portfolio_title(low: list[str]) -> int | None:
    """Where the title is in a mention that is an office alone, with its portfolio, its
    place or its body: "the Minister of Trade and Industry", "Secretary for Health and Human
    Services", "the Mayor of Kessel", "the Governor of the Central Bank" (words in lower
    case). Such an office is named by its title, not by its last word. None for any other
    mention: "the Minister of Finance Kofi Mensah" names him (a place of one word, or
    portfolios, leave no room for a name)."""
    at = t = 1 if low[0] in DETERMINERS else 0
    while t < at + 2 and len(low) > t + 3 and (low[t] in ROLE_ADJECTIVES or low[t] == "under"):
        t += 1  # "the Under Secretary of State", "the Vice President of the Court": one office
    if len(low) < t + 3:
        return None
    if low[t + 1] == "to" and low[t] in _ENVOYS:
        low = low[: t + 1] + ["of"] + low[t + 2 :]  # "the US Ambassador to Japan": read as "of"
    elif low[t + 1] not in ("of", "for") and at:
        # "the US Secretary of State", "the Prime Minister of Westmark", "the Kenyan Minister
        # of Health": a country's word or a rank before the title, after the article (the
        # office's words all: not "the Minister of State" with "State" for a name)
        if low[t + 2] in ("of", "for") and low[t + 1] in _PERSON_ROLES and low[t] not in _PERSON_ROLES:
            t += 1
        elif low[t + 2] == "to" and low[t + 1] in _ENVOYS and len(low) > t + 3:
            t += 1
            low = low[: t + 1] + ["of"] + low[t + 2 :]
        elif low[t + 2] in ("of", "for") and low[t + 1] == "general" and low[t] in _PERSON_ROLES:
            low = low[: t + 1] + low[t + 2 :]  # "the Attorney General of Westmark": a title of two words
    if len(low) < t + 3 or low[t + 1] not in ("of", "for") or (low[t].partition("-")[0] not in _PERSON_ROLES and not (
        low[t] == "justice" and low[t - 1] == "chief"  # "the Chief Justice of Westmark": an office, no "Justice"
    ) and low[t] != "head"):  # ("the Head of the Secret Service": an office over a body, unnamed)
        return None  # (a title joined to its rank: "the Secretary-General of the United Nations")
    if len(low) == t + 4 and low[t + 3] in _BODY_PLACES:
        return at  # "the Governor of Lagos State": a place of a word and its "State"
    if at == 0 and len(low) == t + 6 and low[t + 2] == "the" and not _LINKS.intersection(low[t + 3 :]) and not any(
        w in BODY_HEADS or w in ORG_NOUNS or w in INSTITUTION_WORDS or w in _BODY_ENDS for w in low[t + 3 :]
    ) and low[t + 3] in _FOR_THE_PORTFOLIO and low[t + 4] not in _FOR_THE_PORTFOLIO and low[t + 5] not in _FOR_THE_PORTFOLIO:
        # "Minister for the Environment Lena Holt": a portfolio of one word, then her name
        # (not "President for the Pacific Islands Forum": a body's name; nor a portfolio of
        # three words: "Commissioner for the Digital Single Market warns …")
        return None
    if len(low) == t + 3 or (low[t + 2] == "the" and len(low) <= t + 6):
        for k in range(t + 3, len(low) - 2):
            if (low[k] in BODY_HEADS or low[k] in ORG_NOUNS or low[k] in INSTITUTION_WORDS or low[k] == "treasury") and (
                low[k + 1] not in ("of", "for", "and", "&")
            ):
                return None  # ("Chairman of the Board Ann Hosk", "Speaker of the House Dana Wirth": a name after the body)
        return at  # (or a body or a country after "the": "the President of the United States")
    for w in low[t + 2 :]:
        if w not in PORTFOLIOS:
            return None
    return at




def _holds_office(alias: str, office: str) -> bool:
    """Whether a person's alias gives them exactly `office` (in lower case): "Kofi Mensah,
    the Minister of Finance", "Minister of Finance Kofi Mensah"; not another office that
    ends in it ("the former Minister of Finance, Kofi Mensah", "the Vice President of the
    Court, Pat Obi", "the Minister of Finance and Planning")."""
    low = alias.lower()
    k = low.find(office)
    while k >= 0:
        before = low[:k].split()
        after = alias[k + len(office) :]
        if (not before or before[-1] == "the" or before[-1].endswith(",")) and (
            not after or after[0] in ",." or (after[0] == " " and after[1:2].isupper())
        ):
            return True
        k = low.find(office, k + 1)
    return False


def _spells(alias: str, spelled: str, initials: str) -> bool:
    """Whether a person's alias (in lower case) opens on a role the initials stand for,
    alone or after "the" ("prime minister Ann Obi", "the chief executive, Ann Obi", "PM Ann
    Obi"); not after a rank or a body ("deputy prime minister", "the bank's chief executive")."""
    if alias.startswith(spelled) or alias.startswith(initials + " "):
        return True
    return alias.startswith("the " + spelled)


def _unranked_role(words: list[str], head: str) -> bool:
    """Whether a person's alias (its words in lower case) gives them the role `head` with
    no rank before it: "Minister of Water Nurlan Tasmagambetov", "the minister"; not "Vice
    Minister Aizhan Temirkhanova" nor "the deputy minister"."""
    for k, w in enumerate(words):
        if w == head and (k == 0 or (words[k - 1] not in _RANKS and words[k - 1] not in ("acting", "interim"))):
            return True
    return False


def _office_words(mention: str, office: str) -> bool:
    """Whether the words of a description before its role are all the office's ("the
    minister", "the trade minister" for "the Minister of Trade and Industry"); not another
    office of that title ("the prime minister", "the deputy mayor", "the state governor")."""
    words = mention.lower().split()
    office_words = office.lower().split()
    return all(w in office_words for w in words[1 if words[0] in DETERMINERS else 0 : -1])


# members named by the seat they hold: "the MP for North Arden", "the Member of Parliament
# for Westmark", "the Labour TD for Carrow"
_SEAT_TITLES = frozenset({"mp", "mep", "msp", "ms", "am", "td", "mla", "mpp", "mna", "mhk", "member", "senator",
                          "councillor", "councilor", "congressman", "congresswoman", "representative", "assemblyman",
                          "assemblywoman", "alderman"})


def _seat_held(words: list[str], low: list[str]) -> bool:
    """Whether a description after its article names a member by the seat alone: a
    member's title, "for", then a place of one or two capitalised words ending it ("the
    MP for North Arden"); not a name after the place ("the MP for Bath, Jo Pike" is split
    at the comma before this; "the MP for Bath Jo Pike" is left to the name rules)."""
    k = low.index("for")
    head = low[k - 1] if k >= 2 else ""
    if head == "parliament" and k >= 4 and low[k - 2] == "of":
        head = low[k - 3]  # "the Member of Parliament for Westmark"
    place = words[k + 1 :]
    return head in _SEAT_TITLES and 1 <= len(place) <= 2 and all(_capital(w) for w in place)


def _seat_for(text: str, at: int) -> bool:
    """Whether a capitalised member's title ends at `at`, before " for" and the seat: "MP
    for", "Senator for", "Member of Parliament for"."""
    sp = text.rfind(" ", at - 16 if at > 16 else 0, at)
    word = text[sp + 1 : at]
    return word[:1].isupper() and (word.lower() in _SEAT_TITLES or word == "Parliament")


def _by_seat(description: str) -> bool:
    """Whether a description names a member by the seat ("the MP for North Arden"), so that
    "the MP" later is the same one."""
    low = description.lower().split()
    return "for" in low and low[0] in DETERMINERS and _seat_held(description.split(), low)


_WHERE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "across", "outside", "around", "throughout"})


def _drop_leading(toks: list[str], words) -> list[str]:
    """Leading tokens in `words` dropped while more than one token is left."""
    i = 0
    while len(toks) - i > 1 and toks[i].lower() in words:
        i += 1
    return toks[i:]


def _after_of(words: list[str], run: list[str]) -> bool:
    """The run is the body a person belongs to: "… of the Pacific Council"."""
    for n in range(2, len(words)):
        if words[n].rstrip(",") == run[0]:
            # (with a word or two saying what the body is: "of the trade body Gränshandelsrådet")
            k = n - 1
            while k > n - 3 and k > 1 and words[k].islower() and words[k].lower() not in ("the", "of", "at", "from"):
                if words[k].endswith(","):
                    return False  # "The mother of the victim, nurse Dana Hale": a name in apposition
                k -= 1
            if words[k].endswith(","):
                return False
            return words[k].lower() in ("the",) and words[k - 1].lower() in ("of", "at", "from")
    return False


def _after_for_the(words: list[str], run: list[str]) -> bool:
    """The run follows "for the" straight after its title: "Commissioner for the Internal Market …"."""
    for n in range(3, len(words)):
        if words[n] == run[0]:
            return words[n - 1] == "the" and words[n - 2] == "for" and words[n - 3][:1].isupper()
    return False


# a place's letters that are seldom a person's initials before a full name (unlike "N.C. Ram
# Prasad", "S.D. Kumar Rao": a state's letters are common initials)
_NATION_LETTERS = {"u.s", "u.k", "d.c", "e.u", "u.n"}


def _lists_portfolios(words: list[str], n: int) -> bool:
    """The comma after words[n] lists a body's portfolios, which an "and" closes: "Ministry of
    Land, Infrastructure and Transport" (not "MP for Leeds East, Richard Burgon-Ward")."""
    if words[n].rstrip(",").lower() not in PORTFOLIOS:
        return False
    for w in words[n + 1 : n + 5]:
        if w in ("and", "&"):
            return True
        if not (w[:1].isupper() and w.rstrip(",").lower() in PORTFOLIOS):
            return False
    return False


# the links after a full name to where the person is or works
_WHERE_LINKS = frozenset({"in", "at", "from"})


def name_part(mention: str) -> list[str]:
    """The personal name inside a named mention: the last run of capitalised words."""
    words = _tokens(mention)
    # (four shapes, most of the calls, told at once: what the rules below make of them)
    alone = len(words) == 1
    if not alone:
        # words of letters alone, each a capital and then a small letter, none a word that any
        # rule below reads (a title, a role, a party, a portfolio, a body's word, a break, a
        # word that opens no name, letters after a name, a tribe's opener): a name as it
        # stands. j: the last word that is not such a word
        j = len(words) - 1
        while j >= 0:
            w = words[j]
            if not (w[1:2].islower() and w[:1].isupper() and w.isalpha()) or w.lower() in _PLAIN_NAME_STOPS:
                break
            j -= 1
        if j < 0:
            return words  # all of them: "Richard Hasen", "Lamar Smith"
        if j == 0 and w[:1].isupper() and "-" not in w and w[-1:] != "," and not w.endswith(_POSSESSIVE_ENDS) and (
            w.lower().rstrip("'’") not in _TITLES_READ_AS_NAMES
        ) and _is_title(w):
            return words[1:]  # after a title alone, all but the title: "Sen. John McCain", "Mayor Ted Terry"
        if j < len(words) - 1:
            # after a word in small letters that links no run to the next (no particle, no
            # "of", "and", "in"), the last run: "Republican pollster Daron Shaw", "Her campaign
            # manager, Robby Mook" (not where the mention holds an office's "of", "for" or
            # "to", or a nickname's marks, or the run is a body's after "of the")
            bare = w.rstrip(",")
            if bare.isalpha() and bare.islower() and bare not in _RUN_LINKS and not (
                "of" in words or "for" in words or "to" in words or '"' in mention or "“" in mention or " '" in mention or "‘" in mention
            ):
                run = words[j + 1 :]
                if not (_after_of(words, run) or (len(run) >= 3 and _after_for_the(words, run))):
                    return run
        elif not w[:1].isupper():
            # words after the first with no capital, no mark a name takes and no particle ("the
            # author", "Trump in his speech"): they open no run and join none, so the first
            # word is read as if alone
            tail = " ".join(words[1:])
            alone = (tail + "a").islower() and not ("." in tail or "-" in tail or "'" in tail or "’" in tail or "@" in tail) and (
                NAME_CONNECTORS.isdisjoint(tail.lower().replace(",", " ").split())
            )
    if alone:
        # a word the loop below takes (a capital, a prefixed name's particle, a handle) is the
        # run, a body's word kept whole and any other without its possessive; any other word
        # makes no run, and the answer is the words as written
        bare = words[0].rstrip(",")
        if bare[:1].isupper() or (bare[:1] == "@" and len(bare) > 2) or (
            ("-" in bare or "'" in bare or "’" in bare) and PREFIXED_NAME.match(bare)
        ):
            low = bare.lower()
            return [bare] if low in BODY_HEADS or low in _BODY_ENDS else [_unpossessed(bare)]
        return words
    if "of" in words or "for" in words or "to" in words:
        held = _office_holder(words)
        if held is not None:
            return held
        see = words[1:] if words[0].lower() == "the" else words
        if 3 <= len(see) <= 4 and see[1] == "of" and see[0].lower() in SEE_TITLES and all(w[:1].isupper() for w in see[2:]):
            # "the Duke of Westmark", "the Bishop of Carrow": a peer or a bishop is named by
            # the title and its place (the place alone names no one)
            return see
    runs: list[list[str]] = []
    cur: list[str] = []
    place_after: set[int] = set()  # runs that follow "of" without "the": "Tom Cole of Oklahoma"
    if '"' in mention or "“" in mention or " '" in mention or "‘" in mention:
        words = _without_long_nickname(words)  # Danny "The Hammer" Ruiz, Dwayne 'The Rock' Johnson
    for n, w in enumerate(words):
        bare = w.rstrip(",")
        if cur and bare[:1] in _NICK_MARKS and bare[-1:] in _NICK_MARKS and n + 1 < len(words) and words[n + 1][:1].isupper():
            continue  # Ramon “Bong” T. Villanueva: the nickname is left out of the name
        if cur and bare[:1].isupper() and bare.lower() in NAME_BREAKS and (bare != "WHO" or len(cur) > 1 or cur[0] not in ("The", "the")) and not (
            # "Khalid bin Said al-Harthi": the given name Said after a father's link or
            # before an Arabic article's surname (not "Tom Said Rubio", a Title Case line's)
            bare == "Said" and (cur[-1].lower() in _PATRONYMS or words[n + 1 : n + 2] and words[n + 1][:3].lower() in ("al-", "el-"))
        ) and not (bare == "Will" and n == len(words) - 1):  # ("George Will wrote": the surname ends the mention)
            # (not at "the WHO", the body's name; at "MUM WHO", a line in capitals' "who")
            runs.append(cur)  # "Trump And Marco Rubio": a Title Case fragment, not one name
            cur = []
        elif bare[:1].isupper() or (("-" in bare or "'" in bare or "’" in bare) and PREFIXED_NAME.match(bare)) or (cur and bare.lower() in NAME_CONNECTORS) or (cur and bare == ".") or (
            cur and bare == "&" and n + 1 < len(words) and words[n + 1][:1].isupper()  # a firm's partners: "Cabral & Roca Valores"
        ) or (
            not cur and bare in NAME_CONNECTORS and n + 1 < len(words) and (words[n + 1][:1].isupper() or words[n + 1] in NAME_CONNECTORS)
        ):  # (a name may open with its particle: "van der Merwe said")
            cur.append(bare)
        elif cur and bare in ("of", "for") and n + 1 < len(words) and words[n + 1][:1].isupper():
            if _heads_body(cur[-1]):
                cur.append(bare)  # "Institute for Fiscal Studies", "Secretary of State John Kerry"
            else:
                runs.append(cur)  # "Paul D. Ryan of Wisconsin", "Holger Schmieding of Berenberg"
                cur = []
                place_after.add(len(runs))
        elif cur and bare == "in" and n + 2 == len(words) and words[n + 1].rstrip(",.").lower() in _DAYS_AND_MONTHS:
            break  # "in March" closing the mention is when it spoke: "…," the Union of Teachers in March warned
        elif cur and bare == "in" and n + 1 < len(words) and words[n + 1][:1].isupper() and len(cur) >= 3 and (
            cur[-2] == "of" and cur[0 if cur[0] != "The" else 1].lower() in BODY_HEADS
        ) and words[n + 1].rstrip(",.").lower() not in _DAYS_AND_MONTHS:  # (when it spoke: "… Teachers in March warned")
            # "the Confederation of Employers in Urban Services", "Union of Teachers in Higher
            # Education": the members' field or place, still the body's name
            cur.append(bare)
        elif cur and bare == "and" and n + 1 < len(words) and words[n + 1][:1].isupper() and (
            words[-1].rstrip(",.").lower() in BODY_HEADS or "of" in cur or "for" in cur
            or (cur[-1].lower() in COMPASS and words[n + 1].lower() in COMPASS)  # "HSE West and North West"
        ):
            # "the International Longshore and Warehouse Union", "Union of Doctors and Pharmacists"
            cur.append(bare)
        elif bare[:1] == "@" and len(bare) > 2:
            # a handle stands for its account's name, a run of its own: "X user @dilsedesi_92"
            # (not "The @KellPolice" of "The @KellPolice account posted")
            if cur:
                runs.append(cur)
            runs.append([bare])
            cur = []
        else:
            if cur:
                runs.append(cur)
                if len(cur) >= 2 and bare in _WHERE_LINKS and n + 1 < len(words) and words[n + 1][:1].isupper():
                    place_after.add(len(runs))  # "Anna Pell in Westmark", "Tom Obi at Kell Bank": where she is, not who
            cur = []
        if w.endswith(",") and cur:
            if ("of" in cur or "for" in cur) and cur[cur[0] == "The"].lower() in BODY_HEADS and _lists_portfolios(words, n):
                cur[-1] = w  # (the list's comma kept in a body's name; not in a title's before a
                # name: "Minister of Finance, Planning and Economic Development Matia Kasaija")
            else:
                runs.append(cur)  # "Labour MP for Leeds East, Richard Burgon-Ward": a comma ends a name
                cur = []
    if cur:
        runs.append(cur)
    if not runs:
        return words
    for n in range(1, len(runs)):
        if _party_tag(runs[n][0]) and len(runs[n - 1]) > 1 and not runs[n - 1][-1].endswith(("'s", "’s")):
            # (after a full name only: "Taiwan's trade envoy, I-Wen Lin" is hers, a name)
            place_after.add(n)  # "Rep. Lena Ortiz, D-Loma Verde": her party and home town, no name
    last = len(runs) - 1
    while last > 0 and last in place_after:
        last -= 1
    run = runs[last]
    if last > 0 and last == len(runs) - 1 and _after_of(words, run):
        before = runs[last - 1]
        if len(before) > 1 and before[0] == "The":
            before = before[1:]  # ("The Director of the Secret Service Ann Hosk": the article is no rank)
        # (the title may carry its rank: "Deputy Chairwoman of the Water Committee Lusine
        # Avagyan", "Acting Governor of the Central Bank Ann Hosk")
        body = (len(before) == 1 or (len(before) == 2 and before[0].lower() in _TITLE_RANKS)) and (before[-1].lower() in TITLES or before[-1] == "Head") and _body_then_name(run)
        if body:
            # "Speaker of the House Dana Wirth", "Governor of the Central Bank Ann Hosk": a
            # title alone before "of the", so the run after it is the body and then the name
            run = run[body:]
        else:
            run = before  # "President Xi Wenming of the Pacific Council": the person, not the body
    if _names_body(run):
        # "the Bank of Westmark Governor Dana Wirth", "the University of Westmark's Ann Hosk":
        # an office or an owner's mark after the body's name, then the name of two or three
        # words that holds no body's word
        for n in range(len(run) - 3, max(len(run) - 5, 1), -1):
            w = run[n]
            if w.endswith(_POSSESSIVE_ENDS) or w.lower() in _PERSON_ROLES or w.lower() in _HEAD_OF:
                rest = run[n + 1 :]
                if ("of" in run[:n] or "for" in run[:n]) and not any(
                    x.lower() in BODY_HEADS or x.lower() in _BODY_ENDS or x.lower() in ORG_NOUNS or x.lower() in INSTITUTION_WORDS
                    for x in rest
                ):
                    return rest
                break
        if "and" in run and len(run) >= 7:
            a = len(run) - 1 - run[::-1].index("and")
            rest = run[a + 2 :]
            if 2 <= len(rest) <= 3 and ("of" in run[:a] or "for" in run[:a]) and _paired_fields(run[a - 1].lower(), run[a + 1].lower()) and not any(
                x.lower() in BODY_HEADS or x.lower() in _BODY_ENDS or x.lower() in ORG_NOUNS or x.lower() in PORTFOLIOS
                or x.lower() in ROLE_NOUNS or x.lower() in INSTITUTION_WORDS for x in rest
            ) and rest[0].lower() not in _OFFICE_PLACE_OPENERS and rest[-1].lower() not in _PLACE_CLOSERS:
                # (not a place that ends the body's name: "the Union of Doctors and Nurses New Zealand")
                # "the Union of Doctors and Pharmacists Tom Pell": the body's name ends with the
                # field its "and" pairs with the one before, then the person's name
                return list(strip_titles(rest))
        # "the Water Price Commission", "Maine Bureau of Coastal Fisheries": all of it but "the"
        return _drop_leading(list(run), _NOT_FIRST_IN_NAME | DETERMINERS)
    if len(run) >= 3 and last > 0 and last == len(runs) - 1 and (runs[last - 1][-1].lower() in TITLES or runs[last - 1][0].lower() in TITLES) and _after_for_the(words, run):
        # "Commissioner for the Internal Market Henrik Saarinen-Holm", "Minister for the
        # Marine Ann Hale": a title's portfolio after "for the", then the holder's name,
        # its last two words (after a body's head word if the portfolio has one)
        # (with no body's word, the words before the name must be a portfolio's and the name's
        # none: "Commissioner for the Digital Single Market" names no "Single Market")
        k = _body_then_name(run)
        if not k:
            k = len(run) - 2
            if any(w.lower() not in _FOR_THE_PORTFOLIO for w in run[:k]) or any(w.lower() in _FOR_THE_PORTFOLIO for w in run[k:]):
                k = 0
        if k and not any(w.lower() in BODY_HEADS or w.lower() in ORG_NOUNS or w.lower() in INSTITUTION_WORDS for w in run[k:]):
            run = run[k:]
    # "Republican vice-presidential nominee Gov. Mike Pence": keep title-led run whole
    while len(run) > 1 and "-" in run[0] and (run[0].endswith(COMPOUND_ADJECTIVES) or run[0].endswith(_AGED)):
        run = run[1:]  # "Singapore-based Pat Obi", "Eight-year-old Ellie Marchbank": the compound describes her
    if len(run) == 2 and run[0] in _GIVEN_TITLES and last == len(runs) - 1 and len(words) > 2 and words[-3] == run[0] and (
        words[-2][:1] in _NICK_MARKS and words[-2][-1:] in _NICK_MARKS
    ):
        toks = run  # 'Dean "Dusty" Raftopoulos': a nickname after a title word makes it his given name
    elif len(run) == 2 and run[0] in _GIVEN_TITLES and last == len(runs) - 1 and len(words) > 2 and words[-2] == run[0] and (
        (words[-3][:1].islower() and (_is_title(words[-3]) or words[-3] in ROLE_NOUNS)) or (
            # "the dean of the college, Dean Kettleby": the office told in small letters,
            # then the name in apposition
            # (the office the same word as the title: a title repeated is no title, but a
            # different office is, "the head of the regiment, Major Tolland"; and a judge is
            # called Judge in court, "the judge in the case, Judge Pell")
            words[-3].endswith(",") and run[0] != "Judge" and (run[0].lower() in words[:-3] or words[-3][:-1] == run[0].lower())
        )
    ):
        toks = run  # "Watch manager Dean Kettleby": after a role in small letters, a title word is his given name
    elif len(run) == 2 and run[0] == "Dean" and (at := mention.find("Dean " + run[1] + " of ")) != -1 and _dean_of(
        mention[at + 5 + len(run[1]) :]
    ):
        toks = run[1:]  # "Dean Kettleby of the law faculty": the dean of it (alone, "Dean Pell" is his name: _strip_titles)
    else:
        toks = strip_titles(run)
    if len(toks) > 3 and len(toks[0]) == len(toks[1]) == 2 and toks[1][1] == toks[0][1] == "." and (
        toks[0][0] + "." + toks[1][0]
    ).lower() in _NATION_LETTERS and not any(t.lower() in _NOT_GIVEN or t.lower() in INSTITUTION_WORDS for t in toks[2:]):
        # "flew to D.C. Pat Obi": a place's letters, then a person's name of two words or
        # more (not "U.S. Steel", "U.S. Geological Survey": a body that the place opens)
        toks = toks[2:]
    if toks:
        toks[-1] = _unpossessed(toks[-1])  # "Clinton's response was: …": Clinton
        if len(toks) >= 2 and len(toks[-1]) == 1 and toks[-2][1:] == "." and (toks[-2] + toks[-1]).lower() in PLACE_LETTERS:
            toks[-1] += "."  # "said the U.S. He …": the stop that ended the sentence
    # "But Smith", "Meanwhile Jones", "Is Sanders" ("Ferries Now" keeps "Now")
    if toks[:1] == ["Said"] and len(toks) > 1 and toks[1][:1].isupper():
        return toks  # "Said Ahmed told reporters": the given name (attribute.py's _given_said)
    return _drop_leading(toks, _NOT_FIRST_IN_NAME)


# the ranks a title may carry before "of the" and its body: "Deputy Chairman of the …"
_TITLE_RANKS = frozenset({"deputy", "vice", "acting", "assistant", "associate", "first", "executive", "interim", "former"})


def _without_long_nickname(words: list[str]) -> list[str]:
    """The words without a nickname of two or three words in marks between two capitalised
    words of a name: Danny "The Hammer" Ruiz (one of a word name_part leaves out itself)."""
    for n in range(1, len(words) - 2):
        w = words[n]
        if w[:1] in _NICK_MARKS and w[1:2].isupper() and words[n - 1][:1].isupper():
            for e in range(n + 1, min(n + 3, len(words) - 1)):
                if words[e][-1:] in _NICK_MARKS:
                    if words[e + 1][:1].isupper() and (e + 2 == len(words) or not words[e + 2][:1].isupper()):
                        return words[:n] + words[e + 1 :]
                    break
    return words


def _office_holder(words: list[str]) -> list[str] | None:
    """The person after an office whose last "of" or "for" names a place, a portfolio or a
    body's house: "Governor of the Bank of Westmark Dana Wirth", "Speaker of the House of
    Commons Lindsay Varga", "Prime Minister of Westmark Kofi Mensah" (the place is one word,
    or one and its "State", "County"; the portfolio all its words). None for any other
    mention: "President Xi Wenming of the Pacific Council", "Tom Cole of Oklahoma", an office
    alone ("Speaker of the House of Representatives")."""
    first = last = -1
    for n in range(1, len(words) - 3):
        if words[n] == "of" or words[n] == "for" or (words[n] == "to" and words[n - 1].lower() in _ENVOYS):
            if first < 0:
                first = n
            last = n
    if first < 0:
        return None
    title = words[first - 1].lower()
    if not (title in TITLES or title in _PERSON_ROLES or title in NOBLE_TITLES or (title == "head" and words[first - 1][0] == "H")) or title in ORG_NOUNS or title in BODY_HEADS:
        # (a capitalised "Head" is an office as "Director" is: "Head of the Secret Service Ann Hosk")
        return None  # (not a body's: "the Union of Chouf Heights Municipalities")
    rest = words[last + 1 :]
    if "and" in rest and len(rest) >= 5:
        # a portfolio of two, the second a portfolio's word: "Minister of Territorial
        # Administration and Infrastructure Narek Ter-Avetisyan" (his name after it)
        j = len(rest) - 1 - rest[::-1].index("and")
        k = j + 1
        while k < len(rest) and rest[k][:1].isupper() and rest[k].lower() in PORTFOLIOS:
            k += 1
        if k == j + 1 or len(rest) - k < 2 or not all(w[:1].isupper() and not w.endswith(",") for w in rest[k:]):
            return None
        return list(strip_titles(rest[k:])) if not _names_body(rest[k:]) else None
    if _names_body(rest):
        return None
    for w in rest:
        if not w[:1].isupper() or w.endswith(","):
            return None
    k = _place_words(rest)  # (the place's words, or the portfolio's first)
    while k < len(rest) - 2 and (rest[k].lower() in PORTFOLIOS or rest[k].lower() in _BODY_PLACES):
        k += 1
    return list(strip_titles(rest[k:])) if len(rest) - k >= 2 else None


# offices held to a place, whose "to" links them as "of" does: "Ambassador to Japan Ama Rolle"
# (also read by the offices above: "the Ambassador to Japan" as "of"; one set for both,
# where two of one name had left the first unread)
_ENVOYS = frozenset({"ambassador", "envoy", "emissary", "ambassador-designate", "high-commissioner"})


def _envoy_to(text: str, at: int) -> bool:
    """Whether the word ending at `at` (before " to") is an envoy's office: "Ambassador to"."""
    return text[text.rfind(" ", at - 22 if at > 22 else 0, at) + 1 : at].lower() in _ENVOYS


def _place_words(run: list[str]) -> int:
    """How many words open `run` as the place or portfolio of an office before a name: one
    ("Westmark Dana Wirth"), or two for a place of two words when four or more stand
    ("New Zealand Chris Hipkins", "National Intelligence Jim Calloway"; three, "New South
    Wales Chris Minns", when five or more stand), or all before a
    name's initials ("Tamil Nadu M. K. Selvan")."""
    k = 1
    if len(run) >= 4 and (run[0].lower() in _OFFICE_PLACE_OPENERS or run[1].lower() in _PLACE_CLOSERS):
        k = 2
        if len(run) >= 5 and run[2].lower() in _PLACE_CLOSERS:
            k = 3  # "New South Wales Chris Minns"
    for n in range(1, len(run) - 1):
        if len(run[n]) == 2 and run[n][1] == "." and run[n][0].isupper():
            # (but a place known to end sooner leaves her given name before a middle
            # initial: "President of South Africa Cyril R. Pell")
            return k if 1 < k < n else n
    return k


# the first and second words of places (or offices' portfolios) of two words, which stand
# between an office and its holder's name: "Prime Minister of New Zealand Chris Hipkins"
# (its own name: _name_runs' _PLACE_OPENERS, defined later, once hid it, so "Premier of New
# Westland Chris Minto" kept "Westland")
_OFFICE_PLACE_OPENERS = frozenset({"new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                            "central", "united", "national", "homeland", "sri", "saudi", "hong", "costa", "sierra",
                            "puerto", "el", "san", "santa", "st", "st.", "cape", "papua", "burkina"})
_PLACE_CLOSERS = frozenset({"pradesh", "nadu", "bengal", "zealand", "africa", "korea", "sudan", "wales", "kong",
                            "lanka", "arabia", "rica", "leone", "rico", "guinea", "faso", "territory", "island",
                            "islands", "coast", "republic", "kingdom", "emirates", "security", "intelligence",
                            # a constituency's quarter: "Member of Parliament for Westmark Central Tom Hale"
                            "central", "north", "south", "east", "west"})


def _office_of(text: str, at: int) -> bool:
    """Whether the word ending at `at` (before " of") is capitalised, an office's or a
    body's: "Minister of", "Bank of", "Republic of" (not "a friend of Anna Maria Wirth",
    nor a plural opening a sentence, "Critics of Anna Maria Wirth": her given names both)."""
    sp = text.rfind(" ", at - 20 if at > 20 else 0, at)
    if (nl := text.rfind("\n", sp + 1, at)) != -1:
        sp = nl  # (an office opening its paragraph: "…shut.\nMayor of Westmark Ann Hosk")
    # (a title's "-ess" is no plural: "the Duchess of Westmark Ann Hosk")
    return text[sp + 1 : sp + 2].isupper() and text[at - 1 : at].isalpha() and (text[at - 1] != "s" or text[at - 2] == "s")


def _body_then_name(run: list[str]) -> int:
    """Where the name opens in a run of a body's name and a person's ("House Dana Wirth",
    "Central Bank Ann Hosk"): after the body's last head word, with two words or more left
    (0 when no such word: "Pacific Council")."""
    for k in range(len(run) - 3, -1, -1):
        w = run[k].lower()
        if w in BODY_HEADS or w in ORG_NOUNS or w in INSTITUTION_WORDS:
            if w in _BODY_MODIFIERS and len(run) - k >= 4:
                return k + 2  # "Federal Reserve Jay Pollard": the word describes the body's next one
            return k + 1
    return 0


# institution words that describe the word after them in a body's name, never end it
# ("Federal Reserve", "National Treasury", "Supreme Soviet")
_BODY_MODIFIERS = frozenset({"federal", "national", "supreme", "grand", "geological", "postal"})


def _role_head(mention: str) -> str:
    """A role's head word, lower case: its last, or the one before its link to whom it
    serves ("the spokesperson for the minister" is a spokesperson, no minister)."""
    words = mention.lower().split()
    for n in range(1, len(words) - 1):
        if words[n] in ("for", "to") and words[n - 1] in ROLE_NOUNS:
            return words[n - 1]
    return words[-1]


def _party_tag(word: str) -> bool:
    """A US legislator's party and home after the name: "R-Pecan", "D-Texas", "(I-Vt."."""
    word = word.lstrip("(")
    return len(word) > 2 and word[1] == "-" and word[0] in "RDI" and word[2].isupper()


def _names_body(run: list[str], last: str | None = None) -> bool:
    """A run of capitals that names a body: it ends in a body's head word, or the head word
    is followed by "of" or "for" ("Maine Bureau of Coastal Fisheries"). `last`: the run's
    last word in lower case, if the caller has it."""
    if last is None:
        last = run[-1].lower()
    if last in BODY_HEADS or last in _BODY_ENDS:
        return True
    if len(run) > 1 and (run[0] in _TRIBE_OPENERS or (run[0] == "Ngai" and "-" not in run[1])):
        # ("Nga Nguyen" is a Vietnamese given name, "Ngai Ka-ho" a Cantonese family name)
        return True  # "Ngāti Pōrutu", "Ngāi Tahumata": a Māori tribe, which opens with its word for "descendants of"
    if "of" not in run and "for" not in run:
        return False  # (most runs: tested in C before the loop)
    for n in range(1, len(run)):  # (a plain loop: cheaper than a generator for a few words)
        if run[n] in ("of", "for") and run[n - 1].lower() in BODY_HEADS:
            return True
    # "Transport for London", "Transport for NSW": an agency named by its field and its place
    return run[1] == "for" and len(run) > 2 and run[0].lower() in _PORTFOLIO_WORDS


def _fields_before_and(text: str, a: int, run: str) -> bool:
    """Whether the " and " at a closes a body's fields that the run's first word ends, after
    the body's "of" or "for": "the Union of Doctors and Pharmacists Tom Pell"."""
    before = text[a - 40 if a > 40 else 0 : a]
    return (" of " in before or " for " in before) and _paired_fields(
        before.rpartition(" ")[2].lower(), run.partition(" ")[0].lower())


def _paired_fields(before: str, after: str) -> bool:
    """Whether the words either side of a body's "and" (lower case) are one kind of field:
    two plurals ("Doctors and Pharmacists"), or two portfolios ("Health and Safety")."""
    return (before[-1:] == "s" and after[-1:] == "s") or (before in PORTFOLIOS and after in PORTFOLIOS)


# the words a Māori tribe's or sub-tribe's name opens with, as written with and without macrons
_TRIBE_OPENERS = frozenset({"Ngāti", "Ngati", "Ngāi", "Ngā"})
_BODY_ENDS = {"alliance", "commission", "authority", "coalition", "institute", "forum", "bureau", "council", "court",
              "tribunal", "parliament", "assembly", "senate", "congress", "cabinet", "police", "army", "navy",
              # a firm's legal ending, or its "Ventures", is no he or she: "the company that got
              # the lease, Greenfield Agri Ventures (Pvt) Ltd., … "…," he said" is the MP's
              "ltd", "limited", "plc", "inc", "llc", "corp", "ventures",
              # the tail of a think tank's name after its "for" or "of" is no person either:
              # "the Institute for Littoral Security Studies", "… on Foreign Relations"
              "studies", "affairs", "relations", "research",
              # a campaign's or a rights body's name: "Human Rights Watch", "Amnesty International"
              "watch", "international"} | _NAMED_HOUSES


_NICK_MARKS = "\"“”‘’'"


def _heads_body(word: str) -> bool:
    """A word that "of" or "for" carries on into a longer name: Institute for Fiscal Studies,
    Bank of England, Secretary of State, Minister for Housing."""
    w = word.lower().rstrip(".")
    return (
        w in BODY_HEADS or w in TITLES or w in NAME_ROLES or w in ROLE_NOUNS or w in ORG_NOUNS or w in PORTFOLIOS
        or w in _BODY_PLACES  # "City of East Parrish", "County of Kernow"
    )


_NOT_FIRST_IN_NAME = DISCOURSE | NOT_NAME_OPENERS
# the words (lower case) that some rule of name_part or _strip_titles reads in a run of
# capitalised words: a run of others is a name as it stands (see name_part)
_PLAIN_NAME_STOPS = frozenset(
    TITLES | NAME_ROLES | _NOT_FIRST_IN_NAME | PARTY_WORDS | _PLURAL_TITLES | PORTFOLIOS | NAME_BREAKS | BODY_HEADS
    | _BODY_ENDS | POST_NOMINALS | _GENERATIONS | {w.lower() for w in _TRIBE_OPENERS}
    | {w.lower() for w in _GIVEN_TITLES} | {"ngai", "he", "tan", "tuai", "said", "will"}
)
# the words in small letters that carry a run of capitals on, or link it to the next
_RUN_LINKS = NAME_CONNECTORS | _WHERE_LINKS | {"of", "for", "and"}
# titles that _strip_titles may keep as a name or read with the word after them (see
# _name_not_title; Malaysia's "Datuk Seri"), lower case
_TITLES_READ_AS_NAMES = frozenset({"eng", "adi", "mk", "pc", "pak", "nana", "nii", "naa", "datuk", "dato", "puan"})


@functools.lru_cache(maxsize=4096)
def _name_part(mention: str) -> tuple[str, ...]:
    """name_part, kept by mention: the same mentions come back quote after quote."""
    return tuple(name_part(mention))


@functools.lru_cache(maxsize=2048)
def _named_mention(mention: str) -> tuple[tuple[str, ...], list[str], str | None, bool]:
    """What named() reads of a mention, kept by mention: its name part, that name in
    lower case (as _find_named compares names), the gender its title gives and whether
    it opens with an honorific (Mr, Madam)."""
    toks = _name_part(mention)
    words = _tokens(mention)
    honorific = bool(words) and words[0].lower().rstrip(".") in _HONORIFICS
    return toks, [t.lower() for t in toks], _gender_from_title(words), honorific


@functools.lru_cache(maxsize=2048)
def _run_name(run: str, surname: str, after_town: bool = False, after_link: bool = False) -> tuple[str, ...] | None:
    """The name _fullest reads in a run of capitalised words standing before a surname;
    None when it cannot be a fuller name (more than four words, or opening with a word
    that is no name). Kept by run: the same runs (Donald Trump) come back article after
    article."""
    words = run.split()  # initials keep their full stops: Jory A. Keast
    for n in range(len(words) - 1, -1, -1):
        if words[n].lower() in NAME_BREAKS:
            words = words[n + 1 :]  # "Trump And Marco Rubio": Marco Rubio
            break
    if len(words) > 1 and words[0][1:2] == "." and (words[0].lower().rstrip(".") in _NATION_LETTERS or (
        after_town and words[0].lower().rstrip(".") in PLACE_LETTERS
    )):
        # "Concord, N.H. Dana Wirth said", "in the U.S. Dana Wirth said": the place's letters
        # are no initials (but a state's letters with no town before them may be a person's:
        # "N.C. Saxena", "N.C. Ram Prasad")
        words = words[1:]
    while words and "-" in words[0] and (words[0].endswith(COMPOUND_ADJECTIVES) or words[0].endswith(_AGED)):
        words = words[1:]  # "Singapore-based Pat Obi", "Eight-year-old Ellie Marchbank": the compound describes her
    for n in range(len(words) - 2, -1, -1):
        if words[n].lower() in BODY_HEADS:
            # "President of the Westmark Football Association Tom Pell": the body's name
            # ends at its head word; the words after it are his
            words = words[n + 1 :]
            break
    while after_link and words and words[0].lower() in _PORTFOLIO_FIRST:
        # "Secretary for Housing Lam Ka-wai": the title's portfolio, not a given name (only
        # after the title's "for", "of" or "and": a given name may be such a word, "Marine Dubois")
        words = words[1:]
    words.append(surname)
    # (strip_titles' work on the tuple, kept as one: no lists made from it and back)
    # "When Ona Brill spoke", "Is Sanders finally …": not part of a name
    full = _drop_leading(_strip_titles(tuple(words)), _NOT_FIRST)
    if not full or (len(full) > 4 and not (len(full) <= 8 and any(w in _PATRONYMS for w in full))) or full[0].lower() in NON_NAMES:
        return None  # (a name with a father's, "Abdullah bin Hamad Al Sowaidi", may run longer)
    return full


# the words that link an Arabic or Malay name to a father's: "Abdullah bin Hamad Al Sowaidi"
_PATRONYMS = frozenset({"bin", "bint", "binti", "ibn"})
_PATRONYM_LINKS = tuple(f" {w} " for w in _PATRONYMS)
_PATRONYM_BEFORE_RE = re.compile("(" + UPPER + r"[\w'’\-]*+ (?:bin|bint|binti|ibn) )$")


# a word that starts in lower case and is not one a Title Case headline leaves small
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


# a line of capitalised words, numbers and small words (of, to, and …) between any marks;
# possessive repeats, so a failing line is given up at its first lower-case word
_CAPITALS_LINE_RE = re.compile(
    r"[^\w\n]*+(?:(?:" + UPPER + r"[\w'’\-.&]*+|\d[\w.,%]*+|(?:a|an|the|and|or|nor|of|to|in|on|at|by|for"
    r"|with|from|vs|via)\b)[^\w\n]*+)++"
)
_TITLE_MAX = 300  # characters: a longer line is prose, whatever its capitals
# a space and a lower-case letter that opens none of _CAPITALS_LINE_RE's small words: a
# line holding one fails it (after a space it takes only a capital, a digit or a small
# word), and this search finds one sooner than the fullmatch fails
_PROSE_WORD_RE = re.compile(r" [cdeghjklmpqrsuxyz]")


def _title_line(text: str, lo: int, hi: int) -> bool:
    """title_case for text[lo:hi], its first tests made on the text in place: most lines fail
    them uncopied (and most fail the cheaper _PROSE_WORD_RE first)."""
    return (
        _PROSE_WORD_RE.search(text, lo, hi) is None
        and _CAPITALS_LINE_RE.fullmatch(text, lo, hi) is not None
        and _title_words(text[lo:hi])
    )


def title_case(line: str) -> bool:
    """A line in Title Case ("Romney Will Not Be Present For Trump Nomination"), whose
    capitals say nothing about where names are."""
    if _CAPITALS_LINE_RE.fullmatch(line) is None:
        return False  # most lines: a word in lower case that is not a small one
    return _title_words(line)


def _title_words(line: str) -> bool:
    """title_case, for a line that passed its first test."""
    words = _TITLE_WORD_RE.findall(line)
    if len(words) < 4 or len(words) > 30:
        return False  # (tested before the count: most lines that come here are this short)
    capitals = sum(1 for w in words if w[0].isupper())
    # small words in lower case only in a longer line: "Hillary Clinton and Donald Trump" is prose
    return capitals == len(words) or (len(words) >= 6 and capitals >= len(words) - 2)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset `at` falls in one of the sorted, separate spans."""
    k = bisect.bisect_right(spans, (at, _FAR)) - 1
    return k >= 0 and at < spans[k][1]


_FAR = 1 << 62


def _last_whole_word(text: str, word: str, lo: int, hi: int) -> int:
    """Where the last match of \\bWORD\\b in text[lo:hi] starts (the slice's ends taken as
    the text's, as a search of the slice has them), for a word of letters, or -1: the last
    use of the word with no letter, digit or "_" (the regex's \\w) at either side (two such
    uses cannot overlap, so finditer's last match is the last of them)."""
    n = len(word)
    at = text.rfind(word, lo, hi)
    while at != -1:
        end = at + n
        if (at == lo or not (text[at - 1].isalnum() or text[at - 1] == "_")) and (
            end == hi or not (text[end].isalnum() or text[end] == "_")
        ):
            return at
        at = text.rfind(word, lo, end - 1)
    return -1


def _checked_find(low: bytes, text: str, core: str, key: bytes, start: int = 0) -> int:
    """low.find(key, start), passing over the places where the text, lowered, is not the
    core (`key` is the core as ASCII bytes with "?" for any other character, `low` the
    text's ascii_lowered(); see _find_apposition)."""
    n = len(core)
    at = low.find(key, start)
    while at != -1 and text[at : at + n].lower() != core:
        at = low.find(key, at + 1)
    return at


def _without(spans: list[tuple[int, int]], gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of sorted spans outside the sorted, separate gaps."""
    if not gaps:
        return spans
    out = []
    for lo, hi in spans:
        for a, b in gaps:
            if b <= lo or a >= hi:
                continue
            if a > lo:
                out.append((lo, a))
            lo = max(lo, b)
            if lo >= hi:
                break
        if lo < hi:
            out.append((lo, hi))
    return out


_ASK = object()  # Resolver.named's `found` when the caller has not looked the name up
_BEFORE = object()  # (_apposition_link's stand-in for the name before a role, found when asked)


# words before a role that make its holder a past one: "the late prime minister Tom Reyes",
# "then-chief executive Tom Reyes" (not the one "the PM" or "the CEO" now means)
_FULLEST_AHEAD = 500  # characters after the mention in which _fullest looks at the uses of a surname
_PAST_HOLDERS = ("former ", "ex-", "then-", "then ", "late ", "previous ")


# a relative named after "his" or "her", of a sex the word tells: "his wife Ann", "her
# husband, Tom Hosk" (see Resolver._spouse_named)
_KIN_GENDER = dict.fromkeys(
    ("wife", "widow", "daughter", "mother", "sister", "fiancée", "fiancee", "granddaughter", "stepdaughter", "niece"), "f"
) | dict.fromkeys(("husband", "widower", "son", "father", "brother", "fiancé", "fiance", "grandson", "stepson", "nephew"), "m")
_KIN_NAMED = re.compile(  # (the boundary as a look behind the "h": a regex opening with a letter or two is searched for them, not tried at every character)
    r"([Hh](?<!\w[Hh])(?:is|er)) (?:late |former |new |eldest |youngest |elder |younger |older )?(" + "|".join(_KIN_GENDER) + r"),? "
    r"([A-Z][\w'’-]+)(?: ([A-Z][\w'’-]+))?"
)


class Resolver:
    """Walks the attributed quotes in reading order and builds speakers."""

    def __init__(self, text: str, outside, paragraphs: list[tuple[int, int]] = ()):
        self.text = text
        # the parts of the paragraphs outside quotes (see _outside): a list, or a function
        # that makes it, called on first use (a third of articles never ask for it)
        self._outside_list = None if callable(outside) else outside
        self._outside_of = outside
        self._paragraphs = paragraphs
        self._titled: list[tuple[int, int]] | None = None  # Title Case lines, found on first use
        self._title_at: dict[int, bool] = {}  # (see _in_title_line)
        self._sports: bool | None = None  # whether the text is a sports page, found on first use
        self._names_outside: list[tuple[int, int]] | None = None
        self._index: _Persons | None = None  # the persons pronoun() reads, found as needed
        self._run_tails: dict = {}  # (see _run_tail_read)
        # _role_taken_over's reading so far, by role and linked name: where its scan goes on
        # and what it has found (mentions come in reading order: each scan goes on from the last)
        self._taken: dict[tuple[str, tuple[str, ...]], tuple[int, int, list[str] | None]] = {}
        # _find_named's index of the named entities: each one's lower-cased name, the entities
        # by the last word of that name, those that may match a name ending in another word
        # (a hyphenated last word or three words or more: see _compatible), and how many of
        # self.entities are indexed (the later ones are added on the next lookup)
        self._keys: dict[int, list[str]] = {}
        self._by_last: dict[str, list[int]] = {}
        self._odd: list[int] = []
        self._indexed = 0
        self._lower: str | None = None  # the text lowered, for look-ups that need it
        self._low_bytes: bytes | None = None  # the text as ASCII bytes, lowered (see _ascii_lowered)
        self._links: dict[str, list[str] | None] = {}  # _apposition_link's answers, by mention
        self.entities: list[Entity] = []
        self.history: list[tuple[int, int]] = []  # (offset, entity index) of resolved subject mentions
        self._nicknames: dict[str, int] | None = None  # "known as X": X -> where that phrase starts
        self._bracketed: dict[str, int] | None = None  # " (Fenaedu)": the word -> where its bracket opens
        self._short_forms: dict[str, int] = {}  # "PA" -> its entity, listed before any long form spoke
        self._companies: dict[str, tuple[str, ...]] | None = None  # "Tarang" -> ("Tarang", "Mobility")
        self._word_uses: dict[str, list[int]] = {}  # (see _uses)
        self._kin: list[tuple[int, str, str, str | None]] | None = None  # (see _spouse_named)
        # from each subject mention to its verb: the names in between are in apposition to it
        self._between: list[tuple[int, int]] = []
        # where a document spoke for its named owner ("Harlow Gazette's report said"): the
        # owner did not speak there as a he or she would
        self._doc_owned: set[int] = set()
        # how often role() has been asked: a role it gives a "the 58-year-old" adds its alias
        # after a pronoun("one") took a lone alias as the name's, so it is not asked again
        # the same (see _build)
        self.roles_asked = 0

    def _outside(self) -> list[tuple[int, int]]:
        """The parts of the paragraphs outside quotes."""
        if self._outside_list is None:
            self._outside_list = self._outside_of()
        return self._outside_list

    def subject(self, offset: int, idx: int, verb_at: int | None) -> None:
        """Record a resolved subject mention at `offset`, whose verb starts at `verb_at`."""
        self.history.append((offset, idx))
        if verb_at is not None and verb_at > offset:
            self._between.append((offset, verb_at))

    def _covered(self, at: int) -> bool:
        """Whether offset `at` lies between a subject mention and its verb."""
        for a, b in self._between[-8:]:  # (a loop: cheaper than any() over a generator)
            if a < at < b:
                return True
        return False

    def _title_lines(self) -> list[tuple[int, int]]:
        """The short lines written in Title Case (headlines): their "Dorothy Woods Defends
        Trump" is no one's name."""
        if self._titled is None:
            text, prose, capitals = self.text, _PROSE_WORD_RE.search, _CAPITALS_LINE_RE.fullmatch
            # (_title_line's tests written out, each made once: most short lines fail the first)
            self._titled = [
                (lo, hi) for lo, hi in self._paragraphs
                if hi - lo <= _TITLE_MAX and prose(text, lo, hi) is None and capitals(text, lo, hi) is not None and _title_words(text[lo:hi])
            ]
        return self._titled

    def _in_title_line(self, at: int) -> bool:
        """Whether offset `at` falls in a Title Case line (see _title_lines). Until the list
        of them is made, the line that holds `at` is tested alone, once: a third of articles
        ask only about the few lines where a surname is used, and never need the list."""
        if self._titled is not None:
            return _inside(self._titled, at)
        paragraphs = self._paragraphs
        k = bisect.bisect_right(paragraphs, (at, _FAR)) - 1
        if k < 0 or at >= paragraphs[k][1]:
            return False
        got = self._title_at.get(k)
        if got is None:
            lo, hi = paragraphs[k]
            got = self._title_at[k] = hi - lo <= _TITLE_MAX and _title_line(self.text, lo, hi)
        return got

    def _where_names_are(self) -> list[tuple[int, int]]:
        """Where names are read: outside quotes and outside Title Case lines."""
        if self._names_outside is None:
            self._names_outside = _without(self._outside(), self._title_lines())
        return self._names_outside

    # -- named
    def _list_entity(self, i: int) -> None:
        """List entity i under the last word of its name (a named entity only)."""
        e = self.entities[i]
        if e.anonymous or not e.name_tokens:
            return
        key = [t.lower() for t in e.name_tokens]
        self._keys[i] = key
        bisect.insort(self._by_last.setdefault(key[-1], []), i)
        if "-" in key[-1] or len(key) >= 3:
            bisect.insort(self._odd, i)

    def _renamed(self, i: int) -> None:
        """Entity i's name changed: list it anew."""
        if i >= self._indexed:
            return  # (not indexed yet: the next lookup does it)
        key = self._keys.pop(i, None)
        if key is not None:
            self._by_last[key[-1]].remove(i)
            if i in self._odd:
                self._odd.remove(i)
        self._list_entity(i)

    def _find_named(self, toks: list[str], key: list[str] | None = None) -> int | None:
        """The entity whose name is compatible with toks (`key`: toks in lower case, if known):
        the first listed, as a walk over the entities would find."""
        if key is None:
            key = [t.lower() for t in toks]
        if not key:
            return None  # nothing is compatible with no name
        n = len(self.entities)
        if self._indexed < n:
            for i in range(self._indexed, n):
                self._list_entity(i)
            self._indexed = n
        keys = self._keys
        by_last = self._by_last
        # _compatible names end in the same word, but for a longer one whose last word is
        # hyphenated or that has three words or more, which may end one word after the
        # other (Bernard Kwok Chi-hang, María José Ortega Villalba): those candidates only,
        # the first compatible one of each list (each in order), and the first of those
        found = None
        for i in by_last.get(key[-1], ()):
            if _compatible(key, keys[i]):
                found = i
                break
        if len(key) >= 3:
            for i in by_last.get(key[-2], ()):
                if found is not None and i > found:
                    break
                if _compatible(key, keys[i]):
                    found = i
                    break
        if len(key) >= 4 and key[-1] in _GENERATIONS:
            for i in by_last.get(key[-3], ()):  # ("Lee" is "María Lee Bernard Jr", a numeral dropped)
                if found is not None and i > found:
                    break
                if _compatible(key, keys[i]):
                    found = i
                    break
        for i in self._odd:
            if found is not None:
                if i > found:
                    break
                if keys[i][-1].endswith("-" + key[-1]):
                    continue  # "Nouri" is Tarek Nouri, so written, before Bashir al-Nouri (its article dropped: see _compatible)
            if _compatible(key, keys[i]):
                found = i
                break
        return found

    def _given_before_particle(self, toks: list[str]) -> str | None:
        """The given name the text writes before a surname that opens with its particle:
        "Jaco" for "van Wyk" or "Van Wyk" in "Rhinos captain Jaco van Wyk"."""
        text = self.text
        phrase = " " + toks[0].lower() + " " + " ".join(toks[1:])
        at = text.find(phrase)
        while at != -1:
            end = at + len(phrase)
            sp = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at))
            word = text[sp + 1 : at]
            if word[:1].isupper() and word.isalpha() and not text[end : end + 1].isalnum() and (
                word.lower() not in NON_NAMES and word.lower() not in DISCOURSE and not _is_title(word)
            ) and (not self._paragraphs or _inside(self._paragraphs, at)) and _opens_name(text, sp):
                return word
            at = text.find(phrase, end)
        return None

    def _uses(self, word: str) -> list[int]:
        """Where the text writes `word` (inside longer words too, one use overlapping another
        too), in order: found once for the checks a name of one word goes through (_company,
        _fullest, _family_first), each of which scanned the whole text for it. (_known_as and
        _spelled_out read their triggers once an article: a check of each use of the word
        from Python costs as much as those scans.)"""
        uses = self._word_uses.get(word)
        if uses is None:
            uses = self._word_uses[word] = []
            if word:
                find = self.text.find
                at = find(word)
                while at != -1:
                    uses.append(at)
                    at = find(word, at + 1)
        return uses

    def _fullest(self, toks: list[str], before: int, key: list[str] | None = None) -> list[str]:
        """The fullest form of a name that the article uses (Aziz -> Shaista Aziz):
        the capitalised words standing before each use of the surname. `key`: toks in
        lower case, if known."""
        if not toks:
            return toks
        if len(toks) >= 2 and toks[0].lower() in NAME_CONNECTORS:
            given = self._given_before_particle(toks)
            if given is not None:
                return [given, toks[0].lower()] + toks[1:]  # "van Wyk admitted" after "Jaco van Wyk"
        if key is None:
            key = [t.lower() for t in toks]
        surname = toks[-1]
        if surname == "WHO":
            return toks  # the body, no one's surname: "MUM WHO LOST SON: …" is a headline's "who"
        best = toks
        text = self.text
        n = len(surname)
        # the uses before the mention and just after it first (a name's fullest form is
        # mostly written before the mention it is asked for, or in the sentence after);
        # the rest of the text only when those give no longer name
        last = before + _FULLEST_AHEAD  # (the last use read in the first round starts here: it ends by before + _FULLEST_AHEAD + n)
        rfind = text.rfind
        barrelled = plain = False  # (the best name so far from a double-barrelled surname; a plain one seen)
        cut_at, cut_run = -1, ""  # a run before the use at cut_at cut to the name after an office's body or place
        # A name of two words or more grows only into a name that holds its first word
        # (_compatible: "Donald J. Trump", "President-elect Donald Trump"), and the words a
        # use adds are those of the run before it: a use with no such word in the 60
        # characters before it cannot make the name longer. (Tested where the text is
        # ASCII, where lower() is one for one; not when the first word is the surname too.)
        first = key[0] if len(key) >= 2 and key[0] != key[-1] else None
        # a lone role word ("Legislator slams …") grows from no use where it titles a name
        # after it: "Island Alliance Legislator Kao Shu-fen" is no legislator's full name
        role_word = len(key) == 1 and (key[0] in ROLE_NOUNS or _is_title(surname))
        end = 0
        for at in self._uses(surname):
            if at < end:
                continue  # (inside the last use read: the uses are read one after another)
            if at > last:
                # no use up to there made the name longer: the uses after, as far as the text goes
                if best is not toks:
                    break
                last = _FAR
            end = at + n
            if role_word and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
                continue
            # _RUN_BEFORE can match text[at - 60 : at] only if it ends in a space (or a space
            # and a newline) after a word with a capital in it (a word not all ASCII is let
            # through): tested on the text in place, for most uses of a surname ("said
            # Trump") fail it
            c = text[at - 1] if at else ""
            p = at - 1 if c == " " else at - 2 if c == "\n" and at >= 2 and text[at - 2] == " " else -1
            if p != -1:  # (p >= lo, where lo is at most 60 characters back)
                lo = at - 60 if at > 60 else 0
                sp = rfind(" ", lo, p)  # the space before the word before
                word = text[(sp + 1) or lo : p]  # (rfind gives -1 for none: then lo)
                # (islower() first: the lower-case words most uses follow pass it uncopied;
                # and the word before tested before the character after: most uses fail it,
                # few the other)
                if (word.isascii() and (word.islower() or word == word.lower())) or text[end : end + 1].isalnum():
                    continue  # no capital before, or inside a longer word
                if first is not None:
                    window = text[lo:at]
                    if window.isascii() and first not in window.lower():
                        continue
                s3 = rfind(" ", lo, sp) if sp != -1 else -1  # the third space back
                s4 = None  # the fourth, found when needed
                # A use yields at most a word for each word of the run before it (three at
                # most, each holding a capital), the surname and a second family name after
                # it: with fewer such words before it than the best name so far has, and no
                # second family name, it cannot make that name longer. (Counted only as far
                # as that test needs: against a best name of one word every use passes it,
                # against one of two a third word changes nothing.)
                runs = 1
                if len(best) > 1 and sp != -1 and (w := text[(s3 + 1) or lo : sp]) != w.lower():
                    runs = 2
                    if len(best) > 2 and s3 != -1:
                        s4 = rfind(" ", lo, s3)
                        if (w := text[(s4 + 1) or lo : s3]) != w.lower():
                            runs = 3
                second = _ASK  # (looked for when needed)
                if runs < len(best) and not barrelled:
                    # (a second family name opens with a space and a capital: tested here,
                    # before the call and its regex, for almost no surname is followed so)
                    if runs + 1 < len(best) or text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
                        continue
                    second = _second_surname(text, end)
                    if second is None:
                        continue
                if self._in_title_line(at):
                    # a Title Case line's "Defends Trump" (tested after the cheaper tests
                    # above, which pass over most uses)
                    continue
                # that run starts after the fourth space back, so the search may start there
                # (its lookbehinds see the text before; and no newline is looked for, which
                # costs more than the few characters the search would skip: no match holds one)
                if s4 is None:
                    s4 = rfind(" ", lo, s3) if s3 != -1 else -1
                # (or the words before a nickname that stands right before the surname, Danny
                # "Hammer" Ruiz: _RUN_BEFORE stops at its mark, or, when the mark is one an
                # apostrophe shares, takes the nickname for a word, Dean ‘Dusty’ Pell)
                m = (text[at - 2 : at] in _NICK_CLOSES and _NICKNAMED_BEFORE_RE.search(text, lo, at)) or _RUN_BEFORE.search(
                    text, s4 + 1 if s4 + 1 > lo else lo, at
                ) or None
                if m and _after_place_word(text, ms := m.start(1)):  # (ms: where the run starts, read once)
                    # "in Wisconsin Trump said": a place before the surname (but not words
                    # after "to" when the name ends there as its object: "bodily harm to Marcus
                    # Trotman on …", "wrote to Ann Lee." name a person; a place's letters still
                    # are a place's, "flew to D.C. Obi called", and a clause's subject after a
                    # place is no part of it: "after returning to Lagos Obi told aides"); but
                    # an office and the body it heads, "Chair of the Federal Reserve Jay
                    # Pollard", or an envoy and the place she is sent to, "the US Ambassador to
                    # Japan Ama Rolle", then the name (as _name_runs reads them)
                    cut = 0
                    if text[ms - 8 : ms] == " of the " and _office_before(text, ms - 8):
                        cut = _body_then_name(m.group(1).split() + [surname])
                    elif text[ms - 4 : ms] == " to " and _envoy_to(text, ms - 4):
                        cut = _place_words(m.group(1).split() + [surname])
                    if cut:
                        cut_at, cut_run = at, " ".join(m.group(1).split()[cut:])
                    elif text[ms - 3 : ms - 1] != "to" or "." in m.group(1) or not _object_ends(text, end):
                        m = None
                if m:
                    run = cut_run if cut_at == at else m.group(1)
                    while text.endswith(_PATRONYM_LINKS, lo, ms) and (k := _PATRONYM_BEFORE_RE.search(text, lo, ms)):
                        # "Abdullah bin Hamad Al Sowaidi": the given name and "bin" before the
                        # father's (the run takes capitalised words only); and his father's
                        # father's, "Ali bin Said bin Khalfan Al Harthy"
                        run = k.group() + run
                        m, ms = k, k.start(1)
                    if text[ms - 5 : ms] == " and " and " " in run and _fields_before_and(text, ms - 5, run):
                        run = run.split(" ", 1)[1]  # "the Union of Doctors and Pharmacists Tom Pell": the body's field is no given name
                    if text[ms - 4 : ms] == " of " and " " in run and _office_of(text, ms - 4):
                        # "Governor of the Bank of Westmark Dana Wirth", "Prime Minister of Lagos
                        # State Kofi Mensah": the office's place opens the run, then her name
                        parts = run.split(" ")
                        k = _place_words(parts) if len(parts) > 2 else 1
                        if k == 1 and len(parts) > 2 and self._place_alone(parts[0] + " " + parts[1]):
                            k = 2  # ("Mayor of Hronské Lúky Zuzana Halásová": see _place_told_alone)
                        run = " ".join(parts[k:])
                        if run.partition(" ")[0].lower() in _BODY_PLACES and " " in run:
                            run = run.split(" ", 1)[1]
                    elif text[ms - 5 : ms] == " for " and " " in run and _seat_for(text, ms - 5):
                        # "The MP for Bath Jo Pike": the seat's place opens the run, then his name
                        parts = run.split(" ")
                        run = " ".join(parts[_place_words(parts + [surname]) :])
                    elif run.count(" ") == 3 and text[ms - 1 : ms] == " ":
                        # "Chief Minister of Tamil Varam M. K. Selvan": a run of three words that
                        # the office's place opens one word before (the run stops at three)
                        q = text.rfind(" ", ms - 20 if ms > 20 else 0, ms - 1)
                        if q > 3 and text[q + 1 : q + 2].isupper() and text[q - 3 : q + 1] == " of " and _office_of(text, q - 3):
                            parts = [text[q + 1 : ms - 1], *run.split()]
                            run = " ".join(parts[_place_words(parts + [surname]) :])
                    if text[ms - 2 : ms] in _NICK_CLOSES:
                        # Antonio “Tonyboy” R. Escaler: the words before the nickname too
                        k = _NICKNAMED_BEFORE_RE.search(text, lo, ms)
                        if k is not None and ("." in run or " " not in k.group(0)[len(k.group(1)) :].strip()):
                            # (one of several words only before initials: 'Westmark "Red Sox"
                            # Tom Pell' is a team's name and a man's)
                            run = k.group(1) + run
                    if run[: run.find(" ")].lower() in _MALAY_STYLES and text[ms - 6 : ms].endswith(
                        ("Tan ", "Datuk ", "Dato ")
                    ):
                        # "Tan Sri Lim Kok Seng": the run of three stops inside the honorific of
                        # two words; its second word is no given name ("Sri Lim Kok Seng")
                        run = run[run.find(" ") + 1 :]
                    full = _run_name(
                        run, surname, text[ms - 2 : ms] == ", ", text[ms - 4 : ms] in _LINKS_BEFORE
                    )
                    if "Dean " in run and full is not None and len(full) == 2 and full[0] == "Dean" and (
                        (run == "Dean " and _dean_of(text[end : end + 48])) or (text[at - 5 : at] == "Dean " and _dean_office(text, at - 5))
                    ):
                        full = full[1:]  # "Dean Kettleby of the law faculty": the dean of it, not his given name (see _strip_titles)
                    barrel = False
                    if full is not None and text[end : end + 1] == "-" and (rest := _BARREL_REST_RE.match(text, end)):
                        # "CS Wambugi says …" over "Jane Wambugi-Kariuki": the first part of a
                        # double-barrelled surname stands for it (not when the text names
                        # someone with the plain surname too: "Anna Smith-Jones" and "Mark
                        # Smith", whichever comes first)
                        if plain:
                            continue
                        full = list(full[:-1]) + [full[-1] + rest.group()]
                        barrel = True
                    elif full is not None and len(full) == 1 and run[:4].rstrip(". ").lower() in _PLAIN_HONORIFICS and (
                        text.find(run.split(" ", 1)[0] + " " + surname + "-") == -1
                    ):
                        # "Mr Smith objected" beside "Anna Smith-Jones": a paper that gives a
                        # surname "Mr" or "Ms" writes it whole ("Ms Smith-Jones"), so this
                        # is someone with the plain surname (not "CS Wambugi": a role's title;
                        # nor when the paper writes her "Ms Smith-Jones" too, and "Ms Smith"
                        # once: that is her name cut short)
                        plain = True
                        if barrelled:
                            best, barrelled = toks, False
                    elif full is not None and len(full) == 2 and len(key) == 1 and (pair := _GIVEN_PAIR_RE.match(text, end)) and (
                        pair.group(1).lower() not in _NOT_SECOND_SURNAME and pair.group(2).lower() not in _NOT_SECOND_SURNAME
                        and text[at - len(full[0]) - 1 : at] == full[0] + " " and _role_before(text, at - len(full[0]) - 1)
                    ):
                        # "Mr Koh" after "Mr Daniel Koh Seng Huat": Singapore's English given name,
                        # family name, then the Chinese given names
                        full = [full[0], full[1], pair.group(1), pair.group(2)]
                    # (a name two words shorter than the best, even with a second family
                    # name, cannot replace it: no need to look for that name)
                    if full is not None and len(full) >= len(best):
                        if second is _ASK:
                            second = (
                                _second_surname(text, end)
                                if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
                                else None
                            )
                        if second is not None:
                            full = list(full) + [second]  # "María José Ortega Villalba"
                    if full is not None and (len(best) < len(full) or (barrelled and not barrel and len(full) >= 2)) and not (
                        # "Reuters" (a wire's credit) beside "Thomson Reuters Corp": the word inside
                        # a firm's name before its legal suffix is no surname of that name
                        len(key) == 1 and text.startswith(_FIRM_AFTER, end)
                    ):
                        low = []
                        for t in full:  # (a loop: cheaper than a list comprehension for a few words)
                            low.append(t.lower())
                        if _compatible(key, low) or (barrel and (len(key) == 1 or _compatible(key[:-1], low[:-1]))) or (len(low) == 4 and len(key) == 1 and low[1] == key[0]):
                            best = list(full)
                            barrelled = barrel
                            plain = plain or not barrel
                            if len(best) == 4:
                                break  # no longer name can be taken
        if len(best) == 1:
            best = self._family_first(surname) or best
        return best

    def _family_first(self, name: str) -> list[str] | None:
        """A full name that opens with `name`, written family name first ("Lee said" after
        "Finance Minister Lee Jae-sung", "Koh" after "Koh Siew Lan"): the first such run of
        capitals whose given names are hyphenated or two words, and that is no body."""
        text = self.text
        n = len(name)
        for at in self._uses(name):  # (its uses before a space: found once, see _uses)
            if text[at + n : at + n + 1] == " " and (at == 0 or not text[at - 1].isalnum()) and not self._in_title_line(at):
                m = _GIVEN_NAMES_RE.match(text, at + n + 1)
                if m:
                    given = m.group().split()
                    if ("-" in given[0] or len(given) == 2) and not any(g.lower() in _NOT_GIVEN for g in given):
                        return [name] + given
                    if len(given) == 1 and given[0].lower() not in _NOT_GIVEN and _role_before(text, at):
                        # "Ujang said" after "village head Ujang Permana", "Adi Mereoni" after
                        # "Head teacher Adi Mereoni Tuilau": a name introduced after a title or
                        # a role, later called by its first word (not when another person's
                        # name opens with it too: "Judge Mark Ellis … the defendant, Mark Tan")
                        if self._opens_another(name, given[0]):
                            return None
                        return [name] + given
                m = _BARRELLED_RE.match(text, at + n + 1)
                if m and _role_before(text, at) and not self._opens_another(name, m.group()) and self._titled_alone(name, m.group()):
                    # "Dr Omar" after "Dr Omar Haddad-Nasser": the Gulf press calls a person by
                    # title and given name, the given name opening a double-barrelled surname
                    return [name, m.group()]
                m = _PATRONYMIC_RE.match(text, at + n + 1)
                if m:
                    return [name] + m.group().split()  # "Mansoor bin Tariq Al Hamrani"
        return None

    def _place_told_alone(self, mention: str, toks: list[str]) -> list[str]:
        """`toks` without its first word where that word closes the place of an office before
        it, which the text writes alone elsewhere: "Mayor of Hronské Lúky Zuzana Halásová",
        where "Hronské Lúky" stands elsewhere without her name after it (the mention alone
        cannot tell a place of two words from a name of three)."""
        k = mention.find(" " + " ".join(toks))
        if k < 0:
            return toks
        before = mention[:k]
        prev = before[before.rfind(" ") + 1 :]
        if not (prev[:1].isupper() and before.endswith(" of " + prev)):
            return toks
        return toks[1:] if self._place_alone(prev + " " + toks[0]) else toks

    def _place_alone(self, place: str) -> bool:
        """Whether the text writes `place` somewhere with no capitalised word after it."""
        text = self.text
        at = text.find(place)
        while at >= 0:
            end = at + len(place)
            if not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()) and not text[end : end + 1].isalpha():
                return True
            at = text.find(place, end)
        return False

    def _titled_alone(self, name: str, second: str) -> bool:
        """Whether each use of `name` without `second` after it has a title before it: "Dr
        Omar said" after "Dr Omar Haddad-Nasser", not "Her pupil, Sara, 9, fainted" after
        "Ms Sara Al-Amiri", another Sara."""
        text = self.text
        n = len(name)
        at = text.find(name)
        while at != -1:
            end = at + n
            if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum() and not text.startswith(" " + second, end):
                before = text[max(0, at - 12) : at].split()
                if not before or before[-1].lower().rstrip(".") not in _HONORIFICS and before[-1].lower().rstrip(".") not in TITLES:
                    return False
            at = text.find(name, end)
        return True

    def _opens_another(self, name: str, second: str) -> bool:
        """Whether `name` opens a run of capitals in the text whose next word is not
        `second`: "Mark Tan" beside "Mark Ellis"."""
        text = self.text
        n = len(name)
        at = text.find(name + " ")
        while at != -1:
            if at == 0 or not text[at - 1].isalnum():
                m = _CAPITAL_WORD_RE.match(text, at + n + 1)
                if m and m.group() != second and m.group().lower() not in _NOT_GIVEN:
                    return True
            at = text.find(name + " ", at + n + 1)
        return False

    def _find_given_first(self, name: str, unique: bool = False) -> int | None:
        """The person whose full name opens with `name`: "Mr Tan" after "Tan Wei Ming",
        "Madam Siti" after "Siti Aminah" (family names first, or a given name used with a
        title)."""
        low = name.lower()
        found = None
        for i, e in enumerate(self.entities):
            toks = e.name_tokens
            if not e.anonymous and not e.org and len(toks) >= 2 and toks[0].lower() == low and toks[-1].lower() not in BODY_HEADS:
                if not unique:
                    return i
                if found is not None:
                    return None  # two people open so: neither
                found = i
        return found

    def named(self, mention: str, offset: int, found=_ASK, given=_ASK, whole: bool = False) -> int:
        """The entity for a named mention, listed anew if no one has the name. `found`:
        what _find_named gives for the mention's name, if the caller has just asked;
        `given`: what _find_given_first gives for a name of one word, likewise; `whole`:
        the mention is the name as written, a firm's with its "'s" (see _firm_possessive)."""
        if whole:
            part, key, gender, honorific = (mention,), [mention.lower()], None, False
        else:
            part, key, gender, honorific = _named_mention(mention)
        if len(part) == 1 and len(mention) >= 4 and mention.isupper() and (found is _ASK or found is None) and (
            self.text.startswith(":", offset + len(mention))  # (a label, not a capitals headline's word: "AUSTRALIAN OLYMPIC TEAM")
        ):
            # a fact check's or a transcript's label in capitals, "SORENSEN: "…"": the name the
            # text wrote in small letters not long before ("Republican Dale Sorensen")
            soft = mention.title()
            if soft != mention and self.text.find(soft, offset - 4000 if offset > 4000 else 0, offset) != -1:
                idx = self.named(soft, offset)
                _add_alias(self.entities[idx], mention)
                return idx
        toks = list(part)
        if len(toks) == 3 and " of " in mention and found is _ASK:
            toks = self._place_told_alone(mention, toks)
            key = [t.lower() for t in toks]
        if len(toks) >= 3 and found is _ASK:
            if self._in_title_line(offset):
                # a Title Case headline's "Marisol Vance Breaks Her Silence …": the longest
                # opening of the run that the text writes outside such lines
                short = self._prose_opening(toks, self._title_lines())
                if short is not None:
                    toks = short
                    key = [t.lower() for t in toks]
        idx = self._find_named(toks, key) if found is _ASK else found
        if idx is not None and len(toks) == 1 and not honorific and len(mention.split()) < 2:
            # a name of one word already listed, without an honorific, as written alone (two
            # calls in five): none of the rules below that read such a name can apply (the
            # spouse's and the other sex's honorific, the chief's given name before it); what
            # the end of this function does, done at once
            return self._named_as(idx, toks, gender, mention)
        if idx is None and len(toks) == 2 and toks[0] == "PC" and found is _ASK:
            # "PC Wilde" after "PC Gareth Wilde": the constable named in full before (the
            # title kept before one word, not to make "PC World" "World")
            for i, e in enumerate(self.entities):
                if len(e.name_tokens) > 1 and e.name_tokens[-1] == toks[1] and "PC " + " ".join(e.name_tokens) in self.text:
                    idx = i
                    break
        if honorific and gender is not None and len(toks) == 1 and (idx is None or self.entities[idx].gender != gender):
            # "Tom Hosk, 54, and his wife Ann run the shop. … Mrs Hosk said": the wife or the
            # husband the text named beside a person of the surname is whom the other
            # honorific stands for, not that person
            spouse = self._spouse_named(toks[0], gender, offset)
            if spouse is not None and (idx is None or self._keys.get(idx, [None])[0] != spouse.lower()):
                full = [spouse, toks[0]]
                j = self._find_named(full)
                if j is None or self.entities[j].gender in (None, gender):
                    if j is None:
                        self.entities.append(Entity(name_tokens=full, gender=gender))
                        j = len(self.entities) - 1
                    self.entities[j].gender = gender
                    _add_alias(self.entities[j], mention)
                    return j
        if idx is not None and gender is not None and honorific and self.entities[idx].gender not in (None, gender) and any(
            _gender_from_title(_tokens(a)) not in (None, gender) for a in self.entities[idx].aliases
        ):  # (the other's honorific written, not a he or she that may have been misread)
            # "Mrs. Clinton" after "Mr. Clinton said": one surname, two people; hers is the
            # fullest name the text writes before this mention, unless that is his too
            # (where the text first writes the other's honorific: a fuller name written before
            # it may be whom that honorific was given to wrongly, "Bill Clinton and Hillary
            # Clinton arrived. "…," Mrs. Clinton said. "…," Mr. Clinton said.": no split then)
            other_at = min((w for a in self.entities[idx].aliases if _gender_from_title(_tokens(a)) not in (None, gender)
                            and (w := self.text.find(a)) >= 0), default=-1)
            full, split, j = toks, True, None
            at = offset
            while (at := self.text.rfind(" " + toks[0], 0, at)) > 0:
                first = self.text[max(self.text.rfind(" ", 0, at), self.text.rfind("\n", 0, at)) + 1 : at]
                if _capital(first) and first.lower().rstrip(".") not in _HONORIFICS and not _is_title(first):
                    j = self._find_named([first, toks[0]])
                    if j is None or self.entities[j].gender in (None, gender):
                        if at < other_at:
                            split = False
                        else:
                            full = [first, toks[0]]
                        break
                    j = None
            if split:
                idx = j
                if idx is None:
                    self.entities.append(Entity(name_tokens=list(full), gender=gender))
                    idx = len(self.entities) - 1
                _add_alias(self.entities[idx], mention)
                return idx
        if idx is not None and len(toks) == 1 and (words := mention.split()) and len(words) >= 2 and words[-2].lower() in _CHIEF_GIVEN:
            # "Nana Akufo" is the chief "Nana Kwame Akufo II", but not "Kwame Akufo", whom the
            # text never calls Nana: then Nana is her given name
            given = self.entities[idx].name_tokens
            if len(given) >= 2 and given[-1].lower() == key[-1] and (words[-2] + " " + given[0]) not in self.text:
                toks = [words[-2], toks[0]]
                key = [t.lower() for t in toks]
                idx = self._find_named(toks, key)
        if idx is None and len(toks) == 1:
            # "Mr Tan" after "Tan Wei Ming", "Madam Siti" after "Siti Aminah"; without a title
            # only when one person's name opens so ("Wang" after "Wang Li", "Daniel" after
            # "Daniel Achterberg")
            idx = self._find_given_first(toks[0], unique=not honorific) if given is _ASK else given
        if idx is None and len(toks) == 1:
            known_as = self._known_as(toks[0])
            if known_as is not None and len(known_as) >= 2 and toks[0] not in known_as:
                # "Antônio Carlos dos Santos, … known across the docks simply as Tonhão": that
                # person, found or listed here (not through named() again, which would ask again)
                idx = self._find_named(list(known_as))
                if idx is None:
                    self.entities.append(Entity(name_tokens=list(known_as)))
                    idx = len(self.entities) - 1
                _add_alias(self.entities[idx], mention)
                return idx
        if idx is None and len(toks) == 2 and toks[0] in ("The", "the") and toks[1].isupper() and len(toks[1]) >= 2:
            toks = toks[1:]  # "The GRA said" over "the Garda Representative Association (GRA)"
            key = [toks[0].lower()]
            idx = self._find_named(toks, key)
        if idx is None and len(toks) in (2, 3) and toks[0] == "U." and (letters := _country_letters(toks)) in _COUNTRY_SPELLED:
            # "the U.S. said" after "the United States said", as "the US" below
            idx = self._country_in_full(letters, mention)
            if idx is not None:
                return idx
        if idx is None and len(toks) == 1:
            long = self._spelled_out(toks[0])
            if long is None and toks[0] in _COUNTRY_SPELLED:
                # "the US said" after "the United States said": the country by its letters
                idx = self._country_in_full(toks[0], mention)
                if idx is not None:
                    return idx
            if long is None and _body_letters(toks[0]):
                # "the PA said" after "the Planning Authority said": a body already speaking
                # whose name's initials the short form is, every one in order
                idx = self._initialled(toks[0])
                if idx is not None:
                    _add_alias(self.entities[idx], mention)
                    return idx
            if long is not None:
                # "Fenaedu vows …" over "The Federación Nacional de Educadores (Fenaedu)":
                # the body the short form stands for, found or listed here
                idx = self._find_named(list(long))
                if idx is None:
                    self.entities.append(Entity(name_tokens=list(long), org=_names_body(long)))
                    idx = len(self.entities) - 1
                _add_alias(self.entities[idx], mention)
                return idx
        if idx is None and len(toks) == 1:
            long = self._company(toks[0])
            if long is not None and len(full := self._fullest(toks, offset, key)) >= 2 and full[-1] == toks[0]:
                long = None  # a person's surname the firm is named after: "Varma said" after Gautam Varma
            if long is not None:
                # "Tarang said …" over "Tarang Mobility Ltd on Monday announced …": the
                # company's name, without the Ltd the text drops after the first use
                idx = self._find_named(list(long))
                if idx is None:
                    self.entities.append(Entity(name_tokens=list(long), org=True))
                    idx = len(self.entities) - 1
                _add_alias(self.entities[idx], mention)
                return idx
        if idx is None:
            full = self._fullest(toks, offset, key)
            if len(toks) == 1 and len(full) == 2 and full[1] == toks[0] and _is_title(toks[0]):
                # a headline's "Regent says …" over "Karangwetan Regent Haji Bambang Setyo
                # Nugroho said": the title of the person whose name follows it, not a place's
                named_after = self._named_after_title(toks[0])
                if named_after is not None:
                    full = named_after
            if len(toks) == 1 and len(full) > 2 and full[0] == toks[0]:
                # a headline's "Magistrate says …" over "Magistrate Helen Oduya said": the
                # word is the title of the person it opens, whose name is the rest
                bare = _strip_titles(tuple(full))
                if bare and toks[0] not in bare:
                    full = list(bare)
            # (the same name as the lookup above, which found no one, unless it is fuller)
            idx = None if full is toks else self._find_named(full)
            if idx is None and len(full) >= 2 and full[0] == "United" and (letters := _COUNTRY_LETTERED.get(tuple(full))):
                # "the United States said" after "the US said": the country spoken of by its letters first
                for idx, e in enumerate(self.entities):
                    if len(e.name_tokens) <= 3 and _country_letters(e.name_tokens) in letters:
                        e.name_tokens = list(full)  # (named in full from here on)
                        self._renamed(idx)
                        break
                else:
                    idx = None
            if idx is None and len(full) >= 2 and self._short_forms:
                # "the Planning Authority said" after "the PA said": the short form that spoke first
                idx = self._short_forms.get(_initials_of(full))
            if idx is None and len(full) >= 2 and (full[-1] in _FLIPPED_HEADS or full[0] in _FLIPPED_HEADS):
                # "the Ministry of Labour said" after "the Labour Ministry said": one body, its
                # name written either way round
                flipped = _flipped_body(full)
                if flipped is not None:
                    idx = self._find_named(flipped)
            if idx is None:
                self.entities.append(Entity(name_tokens=list(full), gender=gender))
                idx = len(self.entities) - 1
                if len(full) == 1 and _body_letters(full[0]):
                    self._short_forms[full[0]] = idx  # (for its long form, should that speak later)
        return self._named_as(idx, toks, gender, mention)

    def _named_as(self, idx: int, toks: list[str], gender: str | None, mention: str) -> int:
        """Entity idx, named by `mention` (its name's words `toks`): the fuller name kept,
        a gender learnt, the mention an alias (how `named` ends)."""
        e = self.entities[idx]
        if len(toks) > len(e.name_tokens):
            e.name_tokens = list(toks)
            self._renamed(idx)
        if gender and not e.gender:
            e.gender = gender
        _add_alias(e, mention)
        return idx

    def _spouse_named(self, surname: str, gender: str, offset: int) -> str | None:
        """The given name of a relative of the other sex the text names before `offset`
        beside a person called `surname`: "Tom Hosk … and his wife Ann" or "his wife, Ann
        Hosk" gives Ann for "Mrs Hosk"; "Ann Hosk and her husband, Tom," gives Tom for "Mr
        Hosk". Only where "his" takes a woman or "her" a man: "his son Dan" might be the Mr
        Hosk the text means as well as his father."""
        if self._kin is None:
            self._kin = []
            if "is " in self.text or "er " in self.text:  # ("his ", "her ", "His ", "Her ")  # (most texts name no one's wife or husband)
                for m in _KIN_NAMED.finditer(self.text):
                    g = _KIN_GENDER[m.group(2).lower()]
                    if (m.group(1).lower() == "his") == (g == "f") and _capital(m.group(3)) and not _is_title(m.group(3)) and (
                        m.group(3).lower().rstrip(".") not in _HONORIFICS
                    ):
                        self._kin.append((m.start(), g, m.group(3), m.group(4)))
        for at, g, given, sur in reversed(self._kin):
            if at >= offset or g != gender or given == surname:
                continue
            if sur == surname:
                return given
            if sur is None:
                line = self.text.rfind("\n", 0, at) + 1
                if self.text.find(surname, line, at) != -1:
                    return given  # (the person of that name earlier in the paragraph: "Tom Hosk, 54, and his wife Ann")
        for at, g, given, sur in reversed(self._kin):
            if at < offset and g != gender and sur == surname:
                # "Ann Hosk … Her son, Tom Hosk, said … Mrs Hosk said": the relative is of
                # the other sex; the one whose relative he is, named before in full, is hers
                for m in reversed(list(re.finditer(r"\b(" + UPPER + r"[\w'’-]+) " + re.escape(surname) + r"\b", self.text[:at]))):
                    first = m.group(1)
                    if any(k[1] != gender and k[2] == first for k in self._kin):
                        continue  # ("Tom Hosk and his wife, Ann Hosk … His daughter, Kate Hosk": Mr Hosk is no relative of hers)
                    if first != given and first.lower().rstrip(".") not in _HONORIFICS and not _is_title(first) and (
                        first.lower() not in _NOT_FIRST
                    ):
                        return first
                    break
        return None

    def _named_after_title(self, title: str) -> list[str] | None:
        """The name of two words or more, titles stripped, that the first run of capitals
        after `title` in the text holds: "Bambang Setyo Nugroho" after "Regent"."""
        # (the title found with str.find and the run matched after it: a regex made for
        # each title would compile UPPER's class again each time, which costs milliseconds)
        text, n = self.text + " ", len(title)
        at = text.find(title)
        while True:
            if at == -1:
                return None
            before = text[at - 1] if at else " "
            if not (before.isalnum() or before in "_'’-"):
                m = _CAPITALS_AFTER_RE.match(text, at + n)
                if m is not None:
                    break
            at = text.find(title, at + 1)
        run = [w for w in m.group(1).split() if w.lower() not in _NOT_GIVEN or _is_title(w)]
        if len(run) != len(m.group(1).split()):
            return None  # "Regent Street": a place or a body, no person
        name = list(_strip_titles(tuple(run)))
        return name if len(name) >= 2 else None

    def _prose_opening(self, toks: list[str], titled: list[tuple[int, int]]) -> list[str] | None:
        """The longest opening of `toks`, two words or more, that the text writes as a whole
        word run outside Title Case lines; None when the whole run is written so or no
        opening is."""
        text = self.text
        for k in range(len(toks), 1, -1):
            phrase = " ".join(toks[:k])
            at = text.find(phrase)
            while at != -1:
                end = at + len(phrase)
                if not _inside(titled, at) and not text[end : end + 1].isalnum() and (at == 0 or not text[at - 1].isalnum()):
                    return None if k == len(toks) else toks[:k]
                at = text.find(phrase, end)
        return None

    def _company(self, word: str) -> tuple[str, ...] | None:
        """The name of two or more words, before a legal suffix, that `word` opens where the
        text writes it so ("Tarang Mobility Ltd", "Kestrel Cells Pvt Ltd"); None otherwise."""
        companies = self._companies
        if companies is None:
            # Few articles name a firm by its legal suffix: first a look after the word's own
            # uses for a suffix within a name's reach (a pass over the whole text for the
            # suffixes cost more than all the rest of this rule); the firms are listed only
            # where there is one
            text, n = self.text, len(word)
            # (a firm's name goes on in capitals: "Trump said" is no use of one)
            for at in self._uses(word):
                if text[at + n + 1 : at + n + 2].isupper() and text[at + n] == " " and _LEGAL_SUFFIX_RE.search(text, at, at + 96):
                    break
            else:
                return None
            companies = self._companies = {}
            found = [m.start() for m in _LEGAL_SUFFIX_RE.finditer(text)]
            for suffix in _LEGAL_SUFFIXES:
                for at in found:
                    if not text.startswith(suffix, at):
                        continue
                    m = _COMPANY_BEFORE_RE.search(text, at - 80 if at > 80 else 0, at)
                    if m is not None:
                        words = tuple(w for w in m.group(1).split() if w not in _COMPANY_INNER)
                        if len(words) >= 2:
                            companies.setdefault(words[0], words)
        return companies.get(word)

    def _country_in_full(self, letters: str, mention: str) -> int | None:
        """The country already speaking under the name in full that `letters` ("US", "UK")
        stand for, with `mention` added to its aliases; None when none is (the country
        itself, not "the United States Senate" whose name begins so)."""
        full = _COUNTRY_SPELLED[letters]
        idx = self._find_named(list(full))
        if idx is None or tuple(self.entities[idx].name_tokens) != full:
            return None
        _add_alias(self.entities[idx], mention)
        return idx

    def _initialled(self, short: str) -> int | None:
        """The entity whose name's initials are `short` (see _initials_of)."""
        for idx, e in enumerate(self.entities):
            if len(e.name_tokens) >= 2 and _initials_of(e.name_tokens) == short:
                return idx
        return None

    def _spelled_out(self, short: str) -> tuple[str, ...] | None:
        """The long form a short one stands for where the text gives it in brackets after
        that long form: "the Federación Nacional de Educadores (Fenaedu)", "Milk
        Cooperative Dairy Federation (MCDF)". The short form opens with the long form's
        first letter and its letters come in the long form's order; None otherwise."""
        bracketed = self._bracketed
        if bracketed is None:
            # the words standing alone in brackets, listed once (few brackets in an article)
            bracketed = self._bracketed = {}
            text, find, match = self.text, self.text.find, _BRACKETED_RE.match
            at = find("(", 1)  # (one character: the quickest search; the space before it tested after)
            while at != -1:
                m = match(text, at - 1)
                if m is not None:
                    bracketed.setdefault(m.group(1), at - 1)
                at = find("(", at + 1)
        at = bracketed.get(short)
        if at is None:
            return None
        text = self.text
        before = _LONG_FORM_BEFORE_RE.search(text, at - 120 if at > 120 else 0, at)
        if before is None:
            return None
        words = before.group().split()
        while words and not words[-1][:1].isupper():
            del words[-1]  # ("… Council of the (CoE)": no long form ends so)
        long = tuple(_drop_leading(words, _NOT_FIRST))
        if len(long) < 2 or long[0][:1].lower() != short[:1].lower():
            return None
        letters = iter(" ".join(long).lower())
        if not all(c in letters for c in short.lower()):  # (each found after the last)
            return None
        return long

    def _known_as(self, nickname: str) -> list[str] | None:
        """The full name of the person the text says is "known as" (or nicknamed) this one
        word: the last name of two or more words in the sentence before it."""
        if self._nicknames is None:
            # every "known … as X", "nicknamed X" of the article, found once (str.find skips to
            # each trigger word): X -> where the phrase starts
            self._nicknames = {}
            text = self.text
            for word in ("known", "nicknamed", "dubbed"):
                at = text.find(word)
                while at != -1:
                    m = _KNOWN_AS_RE.match(text, at)
                    if m is not None:
                        self._nicknames.setdefault(m.group(1), at)
                    at = text.find(word, at + len(word))
        at = self._nicknames.get(nickname)
        if at is None:
            return None
        text = self.text
        lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        runs = _name_runs(text, [(lo, at)])
        if runs:
            name = strip_titles(runs[-1][1])
            if len(name) >= 2:
                return name
        return None

    def anonymous(self, mention: str, whose: bool = False) -> int:
        """The entity for an unnamed mention (`whose`: the mention is the subject of the verb
        after it, "a lorry whose driver said")."""
        disp = _lower_det(mention)
        if whose:
            owner, _, held = disp.partition(" whose ")
            det, _, owner = owner.partition(" ")
            if det in ("a", "an") and owner and " " not in held and "," not in owner and owner.islower():
                disp = "the " + owner + "'s " + held  # "a lorry whose driver said": the lorry's driver, one person
        if "," in disp:
            renamed = _renamed_body(disp)
            if renamed is not None:
                disp = renamed.group(1) + " " + renamed.group(2)  # "a spokesperson for Lenn Valley Coaches"
        first, _, rest = disp.partition(" ")
        if first[:1].isupper() and (first.lower() in ROLE_NOUNS or (not rest and _people_plural(first.lower())) or (
            first.lower() in ROLE_ADJECTIVES and rest.islower()  # "Local officials", not "White House officials"
        )):
            disp = (first.lower() + " " + rest).strip()  # "Sources close to the star", "Pupils" opened a sentence
        low = disp.lower()
        for i, e in enumerate(self.entities):
            if e.anonymous and e.display.lower() == low:
                return i
        for i, e in enumerate(self.entities):
            if e.anonymous and low.startswith(e.display.lower() + " for ") and e.display.count(" ") == 1 and self._always_followed(
                e.display.lower(), low[len(e.display) :]
            ):
                # "…," the spokesperson said, read as "a spokesperson", then "A spokesperson for
                # the minister" said again in full: one person, by the fuller description
                e.display = disp
                _add_alias(e, mention)
                return i
        # (a document is no person: "a 2014 House committee report" is no he)
        self.entities.append(Entity(anonymous=True, display=disp, org=_document(disp.lower().split())))
        _add_alias(self.entities[-1], mention)
        return len(self.entities) - 1

    def _introduced(self, noun: str) -> list[int]:
        """The unnamed people the text brought in as "a <noun> …" ("a rep for the singer")
        or "another <noun>" ("Another farmer, who asked not to be named, said")."""
        body = noun in _BODY_ENDS_FOR_IT
        noun = " " + noun + " "
        return [
            i for i, e in enumerate(self.entities)
            if e.anonymous and (low := e.display.lower() + " ").startswith(("a" + noun, "an" + noun, "another" + noun))
            and not (body and low[low.index(noun) + len(noun) :].partition(" ")[0] in ROLE_NOUNS)
        ]  # (a body's noun as the description's head: not "a ministry official" for "the ministry";
        # a person's noun before a role still is: "a migrant worker" for "the migrant")

    def _same_apposition(self, mention: str, linked: list[str]) -> bool:
        """Whether the text names the one the definite description is in those very words
        ("Later the spokesperson, Tom Baird, told …"): the same spokesperson, named at last,
        not "the opposition's spokesperson, Tom Okafor-Reid", another."""
        m, name = " ".join(mention.lower().split()), " ".join(linked).lower()
        if self._lower is None:
            text = self.text
            both = m + name
            if both.isascii() and "?" not in both and "\u0130" not in text and "\u212a" not in text:
                # (the text as ASCII bytes holds the words where text.lower() does: see
                # _find_apposition; no lowered copy of the text made for one test)
                low = self._ascii_lowered()
                return (m + ", " + name).encode() in low or (name + ", " + m).encode() in low
            self._lower = text.lower()
        low = self._lower
        return (m + ", " + name) in low or (name + ", " + m) in low

    def _always_followed(self, short: str, rest: str) -> bool:
        """Whether every "a spokesperson" the text writes goes on " for the minister": the
        short one read back from "the spokesperson" is then that one ("…," a spokesperson
        said" and "A spokesperson for the union said" are two)."""
        if self._lower is None:
            self._lower = self.text.lower()
        low = self._lower
        at = low.find(short)
        while at != -1:
            if (at == 0 or not low[at - 1].isalnum()) and not low.startswith(rest, at + len(short)):
                return False
            at = low.find(short, at + 1)
        return True

    def _anonymous_before(self, earlier: str) -> int:
        """The anonymous person a definite description points back to: one already listed
        by the fuller description it opens ("the EU diplomat" after "an EU diplomat from
        one of the holdout countries" said something), else the one the text introduced."""
        low = _lower_det(earlier).lower() + " "
        core = low.partition(" ")[2]
        found = None
        for i, e in enumerate(self.entities):
            rest = e.display.lower().partition(" ")[2] + " "
            if e.anonymous and rest.startswith(core):
                if found is not None or not e.display.lower().startswith(low):
                    # two described apart ("a source at the ministry", "a source close to
                    # the president"): which one "the source" is, the fuller ones don't tell
                    return self.anonymous(earlier)
                found = i
        return found if found is not None else self.anonymous(earlier)

    def _titled_adult(self, idx: int, offset: int) -> bool:
        """Whether the person was brought in, before `offset`, under a grown-up's title
        ("Coach Dale Fisk", "head coach Dale Fisk", "Principal Rosa Diaz")."""
        toks = self.entities[idx].name_tokens
        if not toks:
            return False
        at = self.text.find(toks[0], 0, offset)
        if at == -1:
            return False
        before = self.text[at - 40 if at > 40 else 0 : at].lower().split()
        if before and (before[-1] in _NOT_A_STUDENT or before[-1].endswith("coach")):
            return True
        # or in apposition after the name: "Dale Fisk, the team's coach,", "Alice Brandt, a
        # board member,"
        end = at + len(" ".join(toks))
        if self.text[end : end + 2] != ", ":
            return False
        stop = min((i for i in (self.text.find(",", end + 2, end + 60), self.text.find(".", end + 2, end + 60)) if i != -1),
                   default=end + 2)
        words = self.text[end + 2 : stop].lower().split()
        return 0 < len(words) <= 5 and words[0] in ("the", "a", "an", "his", "her", "their") and (
            words[-1] in _NOT_A_STUDENT or words[-1].endswith("coach")
        )

    def role(self, mention: str, offset: int) -> int:
        """A definite description: join the person an apposition ties it to, else keep it."""
        self.roles_asked += 1
        if _AGED_RE.match(mention) or mention.lower() in _CLASS_YEARS:
            # "the 58-year-old", "the 24-year-old striker": someone just named, like "he"
            idx = self.pronoun("one", offset, like_he=True)
            if idx is not None and not (mention.lower() in _CLASS_YEARS and self._titled_adult(idx, offset)):
                _add_alias(self.entities[idx], mention)
                return idx
        if " " not in mention and mention[:1].isupper() and mention[1:].islower():
            full = self._surname_not_office(mention, offset)
            if full is not None:
                return self.named(full, offset)
        toks = _name_part(mention)  # (kept by mention: name_part depends on it alone)
        lows = [w.strip(",.") for w in mention.lower().split()]
        if len(lows) == len(toks) + 1 and (lows[-1] in _PERSON_ROLES or lows[-1] == "boss") and (
            lows[-2] in ORG_NOUNS and lows[-2] == toks[-1].lower() and (len(toks) == 1 or lows[-1] == "boss")
        ):  # (and "Arden Union boss quits": the body's boss, no body)
            # a headline's "Club chairman quits": the body's word is no name of its own, the
            # one who speaks a person, the chairman the text names ("Tom Hale, the chairman
            # of Carrow FC"), else kept as written
            linked = self._apposition_link(mention.split()[1])
            if linked is not None:
                idx = self.named(" ".join(linked), offset)
                _add_alias(self.entities[idx], mention)
                return idx
            toks = ()
        elif len(toks) == 1 and toks[0].lower() in ORG_NOUNS:
            body = self._body_named(toks[0].lower())  # a headline's "Union calls …"
            if body is not None:
                toks = body
        at = _portfolio_title(lows)  # (not "the Governor of the Central Bank": a person heads the body)
        if at is None and toks and toks[-1][:1].isupper() and _names_body(toks) and not (
            "for" in lows and _seat_held([w.strip(",.") for w in mention.split()], lows)
        ) and not (lows[-1] in _BODYS_PEOPLE and mention[-1:].islower()):
            # (not a member by the seat: "the Member of Parliament for North Arden" is no
            # Parliament; nor one of the body's people after its name, "the embattled Kell
            # Bank chief", "the Carrow Council leader": someone unnamed, not the bank)
            # "the main opposition Democratic Renewal Party": the body by its name
            idx = self.named(" ".join(toks), offset)
            self.entities[idx].org = True
            _add_alias(self.entities[idx], mention)
            return idx
        if mention[:4].lower() == "the " and mention.count(" ") == 1 and mention[4:].lower() in _PERSON_ROLES and self._outside():
            head = mention[4:].lower()
            # "A senior JSP leader, who did not wish to be named, said … "…," the leader said":
            # an unnamed one brought in in the same paragraph, not the party's named leader
            para = self.text.rfind("\n", 0, offset) + 1
            if self._ascii_lowered().find(head.encode(), para, offset) != -1:
                span = _last_indefinite(self.text, para, offset, head)
                if span is not None and not _INDEFINITE_LINKS.isdisjoint(self.text[span[0] : span[1]].lower().split()[1:-1]):
                    span = None  # "An aide to the minister said …": the minister is whom the aide serves, no unnamed minister
                if span is not None and _inside(self._outside(), span[0]) and not _named_apposition(self.text, span[1]) and (
                    _opens_sentence(self.text, span[0]) and self._breaks_outside(span[1], offset) <= 1
                ):  # (one opening its sentence, the quote in that sentence or the next)
                    where = _WHERE_RE.match(self.text, span[1]) or _WHERE_OWNED_RE.match(self.text, span[1])
                    idx = self._anonymous_before(_lower_det(self.text[span[0] : span[1]] + (where.group() if where else "")))
                    _add_alias(self.entities[idx], mention)
                    return idx
        if (head := _role_head(mention)) in _PERSON_ROLES and mention[:4].lower() == "the " and not _RANKS.intersection(lows) and "prime" not in lows and " for " not in mention and " of " not in mention and " to " not in mention and head in self.text[offset - 400 if offset > 400 else 0 : offset].lower():
            # "…," the coach said, a paragraph after "For his part, the Head Coach of Harbour
            # Stars, Coach Francis Tetteh-Lartey, blamed …": the one the text has just titled
            # so as its subject, though the other side's coach spoke before him (not "the
            # spokesperson for the minister": whom it serves tells which spokesperson)
            recent = self._titled_subject_before(head, offset)
            if recent is not None:
                idx = self.named(recent[1], recent[0])
                _add_alias(self.entities[idx], mention)
                return idx
        # (a statement is named by no apposition: "In a statement, Oltara's foreign ministry
        # said" puts no name beside "statement"; its issuer is found below)
        linked = self._apposition_link(mention) if mention.rpartition(" ")[2].lower() not in _DOCUMENTS else None
        if linked is None and "s " in mention and mention[:1].isupper() and (m := _OWNED_ROLE_RE.match(mention)) is not None and (
            mention.rpartition(" ")[2] in _PERSON_ROLES
        ):
            # "Britain's trade minister said …" and "Trade minister Ada Price" elsewhere: the
            # country's office holder the text names with that role (unless it qualifies the
            # same role otherwise too: "French trade minister Jean Roux")
            linked = self._apposition_link("the " + m.group(2))
            if linked is not None and self._role_owned_otherwise(m.group(1), m.group(2)):
                linked = None
        if mention[:4].lower() == "the " and (
            (linked is not None and self.text.find(linked[-1], 0, offset) == -1 and not self._same_apposition(mention, linked))
            or (" for " in mention or " to " in mention)
        ):
            # "A spokesperson for the minister said …" then "…," the spokesperson said: the
            # one introduced before, not "The opposition's spokesperson, Tom Baird" named
            # only further down, nor the minister "the spokesperson for the minister" serves
            earlier = self._indefinite_before(mention.lower().split()[1:], offset)
            if earlier is not None:
                linked = None
                idx = self._anonymous_before(earlier)
                _add_alias(self.entities[idx], mention)
                return idx
        if linked is not None:
            after = self._role_taken_over(mention, linked, offset)
            if after is not None:
                linked = after  # "Ann Obi, the captain, … Tom Pell is the captain now": his, since
            idx = self.named(" ".join(linked), offset)
            _add_alias(self.entities[idx], mention)
            return idx
        if mention.split()[-1].lower() in DOCUMENTS:
            words = mention.split()
            for n in range(len(words) - 2, -1, -1):
                w = words[n]
                if w.endswith(_POSSESSIVE_ENDS) and _capital(w) and w.lower() not in DETERMINERS:
                    # "The FIA's decision document said", "Harlow Steel's statement said": a
                    # document whose the text says speaks for its owner, who issued it
                    # (kept as written without one: "the stewards' decision document")
                    owner = words[: n + 1]
                    if owner[0].lower() == "the" and len(owner) > 1:
                        owner = owner[1:]
                    owner[-1] = _unpossessed(owner[-1])
                    last = owner[-1].lower()
                    if last in ROLE_NOUNS or last in TITLES or last in NAME_ROLES:
                        # "The President's statement said": the office's holder, as "the
                        # President said" is (a title is no name: not "President")
                        idx = self.role("the " + " ".join(owner), offset)
                        _add_alias(self.entities[idx], mention)
                        return idx
                    if _capital(owner[0]):
                        idx = self.named(" ".join(owner), offset)
                        _add_alias(self.entities[idx], mention)
                        self._doc_owned.add(offset)
                        return idx
                    break
        head = _role_head(mention)
        spelled = ROLE_ABBREVIATIONS.get(head) if len(lows) == 2 and lows[0] == "the" else None
        if lows == ["the", "prime", "minister"]:
            spelled, head = "prime minister", "pm"  # (spelled out, as "the PM" is: below)
        if spelled is not None:
            # "…," the PM said, after "prime minister Sorin Vlad announced …": the person
            # whose role the initials spell ("the CEO" after "chief executive Dana Obi"; not
            # a "deputy prime minister", whose rank makes another office)
            for i in range(len(self.entities) - 1, -1, -1):
                e = self.entities[i]
                if e.name_tokens and not e.org and any(_spells(a.lower(), spelled, head) for a in e.aliases):
                    _add_alias(e, mention)
                    return i
            holder = self._spelled_holder(spelled, offset)
            if holder is not None:
                idx = self.named(holder[1], holder[0])
                _add_alias(self.entities[idx], mention)
                return idx
        if at is not None:
            # "the Minister of Trade and Industry": the person given that office, not any
            # minister ("Kofi Mensah, the Minister of Trade and Industry, …")
            office = " ".join(lows[at:])
            for i in range(len(self.entities) - 1, -1, -1):
                e = self.entities[i]
                if e.name_tokens and not e.org and any(_holds_office(a, office) for a in e.aliases):
                    _add_alias(e, mention)
                    return i
            head = ""  # (and kept as the office, below)
        if head in _DOCUMENTS and len(mention.split()) == 2 and mention.split()[0].lower() == "the":
            # "…," the statement said: whoever the article last had speak "in a statement"
            idx = self._issuer(head, offset)
            if idx is not None:
                _add_alias(self.entities[idx], mention)
                return idx
        if head == "judge" and "ourt" in self.text and mention[:4].lower() == "the ":
            # a Scottish court report's "Sentencing him, Lord Carnbroe told …" then "the judge
            # added": a judge of its High Court is Lord or Lady and a surname, the one such
            # speaker in a story told from a court (and none titled Judge or Justice)
            lords = [i for i, e in enumerate(self.entities) if len(e.name_tokens) == 1 and not e.org and any(
                a.startswith(("Lord ", "Lady ")) for a in e.aliases
            )]
            # (and the text shows the Lord or Lady judging: "Sentencing him, Lord Carnbroe …",
            # "Lady Kerr jailed …"; not a peer who sues, comments on a ruling or is Lady Gaga)
            if len(lords) == 1 and any(c in self.text for c in _LORDS_COURTS) and not _JUDGE_TITLED_RE.search(self.text) and any(
                _judging(self.text, a) for a in self.entities[lords[0]].aliases if a.startswith(("Lord ", "Lady "))
            ):
                _add_alias(self.entities[lords[0]], mention)
                return lords[0]
        if head in _PERSON_ROLES:
            # "the governor" after "The Governor of Penwith State, Dr Tunde Adebayo-Kerr": the
            # person named with that role
            # (or the office named alone: "the minister" after "the Minister of Trade and Industry")
            # ("the prime minister" is no finance minister: "prime" must be in the alias too)
            prime = "prime" in lows and lows.index("prime") == len(lows) - 2
            # (and not one only ranked below it: "the minister" is not "Vice Minister Aizhan
            # Temirkhanova" quoted last, nor "the president" the "Vice President"; "the deputy
            # minister" asks for the rank and keeps any)
            ranked = bool(_RANKS.intersection(lows))
            # (a country's: "India's prime minister" is not "Pakistan's prime minister, Omar
            # Rafiq", nor "the Indian prime minister" the Pakistani one)
            role_words = "prime " + head if prime else head
            owner = _role_owner(mention, role_words) if mention[1:].lower() != mention[1:] else None
            for i in range(len(self.entities) - 1, -1, -1):
                e = self.entities[i]
                if ((e.name_tokens and not e.org) or (not e.anonymous and not e.name_tokens and (_portfolio_title(
                    e.display.lower().split()
                ) is not None or _by_seat(e.display)) and _office_words(mention, e.display))) and any(
                    head in a.lower().split() and (not prime or "prime " + head in a.lower()) and (
                        ranked or _unranked_role(a.lower().split(), head)
                    ) and (owner is None or _role_owner(a, role_words) in (None, owner)) for a in e.aliases
                ):
                    _add_alias(e, mention)
                    return i
            if mention.split()[0].lower() == "the":
                # "…," the minister said, where the text named "Health Minister Eoghan Mac
                # Cárthaigh" outside any quote: the last person the text titles so
                for i in range(len(self.entities) - 1, -1, -1):
                    e = self.entities[i]
                    if e.name_tokens and not e.org and titled(self.text, e.name_tokens, "prime " + head if prime else head, not ranked) and (
                        owner is None or any(owner in w for w in _windows_before(self.text, e.name_tokens, 40))
                    ):  # (a country's role, where the title names that country: "Indian prime minister Omar Rafiq")
                        _add_alias(e, mention)
                        return i
                if not ranked and not prime:
                    # or the one the text titles so before a long portfolio ("Minister of
                    # Water Resources and Irrigation Nurlan Tasmagambetov") or in an apposition
                    # after the name ("Meas Sovanrith, the ministry's spokesman,"), after the
                    # last unnamed one brought in ("a spokesman for the ministry")
                    # (each asked only where the text has its words: most have neither)
                    text = self.text
                    cap = head.capitalize()
                    portfolio = (cap + " of ") in text or (cap + " for ") in text
                    apposed = (" " + head + ",") in text
                    since = max(text.rfind("a " + head, 0, offset), text.rfind("A " + head, 0, offset)) if apposed else 0
                    for i in range(len(self.entities) - 1, -1, -1) if portfolio or apposed else ():
                        e = self.entities[i]
                        if e.name_tokens and not e.org and (
                            (portfolio and _portfolio_titled(text, e.name_tokens, head))
                            or (apposed and _apposed(text, e.name_tokens, head, since, offset))
                        ):
                            _add_alias(e, mention)
                            return i
                if head == "minister" and not ranked and not prime and " secretary" in self.text:
                    # "…," the minister replied, after "the transport secretary, Alasdair
                    # Penrose": a cabinet's secretary of a portfolio is its minister (not a
                    # shadow one, nor a union's general or a press secretary)
                    for i in range(len(self.entities) - 1, -1, -1):
                        e = self.entities[i]
                        if e.name_tokens and not e.org and any(_cabinet_secretary(a) for a in e.aliases):
                            _add_alias(e, mention)
                            return i
                forms = _TITLE_FORMS.get(head)
                if forms:
                    # "the senator" after "Sen. Ann Hosken": the one person the text titles so
                    # (not one of two senators, nor "the Florida senator" after "Sen. Ann
                    # Hosken (D-Vt.)": a capitalised word of the mention must be near the name)
                    places = [w for w in mention.split()[1:-1] if w[:1].isupper()]
                    found = [
                        i for i, e in enumerate(self.entities)
                        if e.name_tokens and not e.org and _titled_as(self.text, e.name_tokens, forms, places)
                    ]
                    if len(found) == 1:
                        _add_alias(self.entities[found[0]], mention)
                        return found[0]
        words = mention.split()
        if len(words) == 2 and words[0].lower() == "the":
            # "…," the rep added, after "A rep for the singer told …": the one person the text
            # brought in so (not one of two: "a rep for the singer" and "a rep for the label")
            found = self._introduced(words[1].lower())
            if len(found) == 1:
                _add_alias(self.entities[found[0]], mention)
                return found[0]
        if head in _PARTIES and len(words) == 2 and words[0].lower() == "the":
            # "…," the defendant replied, in a trial report whose prosecutor has just asked:
            # the last one the text has had speak who is no one of the court's own trades
            # (not "Assistant District Attorney Renee Okafor", nor the defence lawyer)
            h = bisect.bisect_left(self.history, (offset, -1))
            for _, i in reversed(self.history[h - 12 if h > 12 else 0 : h]):
                e = self.entities[i]
                if e.org or not e.name_tokens:
                    continue
                if any(not _NOT_DEFENDANTS.isdisjoint(a.lower().replace(",", " ").split()) for a in e.aliases) or any(
                    w.split()[-1:] and w.split()[-1].strip(",") in _NOT_DEFENDANTS for w in _windows_before(self.text, e.name_tokens, 30)
                ) or _set_off_as(self.text, e.name_tokens, _NOT_DEFENDANTS):
                    continue  # (nor a witness or the victim: "The victim, Ann Lee, told jurors …")
                _add_alias(e, mention)
                return i
        if _demonym(mention):
            # "…," the German said, "the Spaniard added": the person just named, unless the
            # last sentence naming someone named two ("Ruiz beat Vogt in the final."): then
            # the description stays as written
            idx = self.pronoun("one", offset, like_he=True)
            if idx is not None and not self.entities[idx].org and not self._two_just_named(offset):
                _add_alias(self.entities[idx], mention)
                return idx
        if head in _ANAPHORIC_ROLES and mention.split()[0].lower() == "the":
            # "the teenager laughed", "the actress said": someone just named, like "he"
            idx = self.pronoun("one", offset)
            if idx is not None and head in _ANAPHORIC_CALLINGS and self._two_just_named(offset):
                idx = None  # "Hon. Ade Bello met the commissioner, Mrs Funke Ojo": which is the lawmaker is not "she"'s question
            if idx is not None and head in _LEGISLATOR_HEADS and not _titled_as(
                self.text, self.entities[idx].name_tokens, _LEGISLATOR_FORMS
            ) and any(_LEGISLATOR_BEFORE_RE.finditer(self.text, 0, offset)):
                # "Senator Ruth Kamau tabled the motion. Interior Minister Peter Otieno opposed
                # it. "…," the lawmaker said": not the minister named last, when the text titles
                # someone a lawmaker
                idx = None
            if head in _DECADE_WORDS:
                # "Mrs Grace Adu, 72, … Her son, Kojo Adu, … the septuagenarian said": the one
                # the text gives an age in that decade, if it gives one
                lo_age = _DECADE_WORDS[head]
                aged = None
                for m in _NAME_AGE_RE.finditer(self.text, 0, offset):
                    if lo_age <= int(m.group(2)) < lo_age + 10 and _inside(self._outside(), m.start()):
                        aged = m
                if aged is not None:
                    name = " ".join(strip_titles(aged.group(1).split()))
                    idx = self.named(name, aged.start(1) + len(aged.group(1)) - len(name)) if name else None
                elif idx is not None and any(m.group(1).split()[-1] in self.entities[idx].name_tokens for m in _NAME_AGE_RE.finditer(self.text, 0, offset)):
                    idx = None  # the one just named, given an age out of that decade
            if idx is not None and head in _SEAT_HEADS and (not self.entities[idx].name_tokens or (
                mention.split()[-1].lower() != head or _UNNAMED_SEAT_RE.search(self.text, 0, offset)
            )):
                # "…," the MP said: a member named before, not "one senior government source";
                # nor the MP a description of its own names ("the MP for Harle Vale"), nor one
                # the text brought in unnamed ("Ann Lee wrote to her MP …")
                idx = None
            if idx is not None and not self.entities[idx].org and (
                head not in _CAPTAINS or self._captain_fits(idx, mention, offset)
            ):
                _add_alias(self.entities[idx], mention)
                return idx
        disp = _lower_det(mention)
        words = disp.lower().split()[1:] if mention.split()[0].lower() in DETERMINERS else disp.lower().split()
        if at is None and words and (words[-1] in ORG_NOUNS or words[-1] in BODY_HEADS or words[-1] in _BODY_PLACES):
            body = self._body_named(words[-1])
            if body is not None:
                # "the union" after "the Kenya Union of Doctors and Pharmacists"
                idx = self.named(" ".join(body), offset)
                self.entities[idx].org = True
                _add_alias(self.entities[idx], mention)
                return idx
            if words == ["agency"] and mention[:4].lower() == "the ":
                # "The Federal Consumer Safety Commission said … "…," the agency said": a public
                # body the text named, whatever its head word, when none is named an Agency
                body = self._agency_before(offset)
                if body is not None:
                    idx = self.named(" ".join(body), offset)
                    self.entities[idx].org = True
                    _add_alias(self.entities[idx], mention)
                    return idx
        if at is None and words and (words[-1] in _FIRM_WORDS or words[-1] in _AIRLINE_WORDS) and mention.split()[0].lower() in ("the", words[-1]):
            name = self._firm_subject(offset, words[-1] in _AIRLINE_WORDS)
            if name is not None:
                # "Rival maker Sungjin SDX said it would idle two lines -- "…," according to
                # the company": the body that is the subject of a verb of speech nearby
                idx = self.named(name[0], name[1])
                self.entities[idx].org = True
                _add_alias(self.entities[idx], mention)
                return idx
        earlier = self._indefinite_before(words, offset)
        if earlier is not None:
            # "the staff member" after "a council staff member": the same anonymous person
            idx = self._anonymous_before(earlier)
            _add_alias(self.entities[idx], mention)
            return idx
        if words == ["official"] and mention[:4].lower() == "the ":
            # "Deputy Energy Minister Reza Farahani said … "…," the official stated": with no
            # unnamed official brought in, the office holder the text has just named
            idx = self.pronoun("one", offset)
            if idx is not None and not self.entities[idx].org and self.entities[idx].name_tokens and self._office_held(
                idx, offset
            ) and not self._two_just_named(offset):
                _add_alias(self.entities[idx], mention)
                return idx
        if len(words) == 1 and words[0] in _BODY_BACK_WORDS and mention[:4].lower() == "the ":
            idx = self._body_spoke_before(words[0], offset)
            if idx is not None:
                # "The WHO said … "…," the agency added": the one body quoted just before, as
                # "the minister" joins the minister named before it
                _add_alias(self.entities[idx], mention)
                return idx
        for i, e in enumerate(self.entities):
            if e.anonymous or e.name_tokens:
                continue
            other = e.display.lower().split()[1:]
            short, long_ = sorted((words, other), key=len)
            if short and long_[-len(short):] == short and (len(long_) == len(short) or long_[-len(short) - 1] not in _RANKS):
                # "the department" is "the transportation department" said again
                if len(words) > len(other):
                    e.display = disp
                _add_alias(e, mention)
                return i
        # (a document is no person either: "the stewards' decision document" is no she)
        self.entities.append(Entity(display=disp, org=bool(words) and (words[-1] in ORG_NOUNS or _document(words))))
        _add_alias(self.entities[-1], mention)
        return len(self.entities) - 1

    def _body_spoke_before(self, word: str, offset: int) -> int | None:
        """The named body a bare "the agency" (or "the group", "the company", …: `word`)
        stands for: the one body among the subjects of the last 2,000 characters, named as
        a body is (a body's head word, letters in capitals, or "the" before its name), when
        the text brings in no "a(n) <word>" of its own before. None when two bodies spoke
        there, or none did; a person never."""
        text = self.text
        if word == "body" and ("inquest" in text or "coroner" in text or "body was found" in text or "body of " in text):
            return None  # "the body was found …": a dead person's, in copy about one
        if text.rfind(" a " + word, 0, offset) != -1 or text.rfind(" an " + word, 0, offset) != -1 or text.rfind(
            "A " + word, 0, offset
        ) != -1:
            return None  # "A group of parents said …": that group
        found = None
        entities = self.entities
        h = bisect.bisect_left(self.history, (offset, -1))
        for o, e in self.history[h - 8 if h > 8 else 0 : h]:
            if o < offset - 2000 or e == found:
                continue
            ent = entities[e]
            toks = ent.name_tokens
            if not toks or ent.gender or ent.anonymous:
                continue
            last = toks[-1]
            if not (ent.org or _names_body(toks) or (len(toks) == 1 and 1 < len(last) < 7 and last.isupper() and last.isalpha())
                    or (text.startswith(("the ", "The "), o) and text[o + 4 : o + 5].isupper())):
                continue
            if word in _FIRM_WORDS and (last.lower() in _NOT_FIRM_ENDS or (len(toks) > 2 and toks[0].lower() in _NOT_FIRM_ENDS)):
                continue  # "the company" is no commission, nor the "Ministry of Health"
            if text.endswith(("and ", "and the "), o - 8 if o > 8 else 0, o):
                return None  # "The Red Cross and the Carrow Council said": which of the two
            if found is not None:
                return None  # two bodies: which one is not said
            found = e
        return found

    def _role_taken_over(self, mention: str, linked: list[str], offset: int) -> list[str] | None:
        """The person the text says holds the role of "the <role>" (`mention`) since the one
        an apposition gave it to (`linked`), before offset: "Tom Pell is the captain now",
        "Tom Pell became captain", "the new captain, Tom Pell" (or "Tom Pell, the new
        captain") after "Ann Obi, the team captain". None when it names no one else."""
        words = mention.split()
        if len(words) != 2 or words[0].lower() != "the":
            return None
        text, core = self.text, words[1].lower()
        key = (core, tuple(linked))
        got = self._taken.get(key)
        if got is not None and got[0] <= offset:
            # (the text up to got[1] read for an earlier mention: the scan goes on from there,
            # and finds what one from the start would)
            pos, found = got[1], got[2]
            if pos == -1:
                return None  # (the linked name is not in the text as written)
        else:
            pos = text.find(" ".join(linked))
            if pos == -1:
                self._taken[key] = (0, -1, None)
                return None
            found = None
        at = text.find(core, pos, offset)
        while at != -1:
            end = at + len(core)
            if not text[end : end + 1].isalnum() and text[end : end + 1] not in ("'", "’") and text[at - 1 : at] == " " and _inside(
                self._outside(), at
            ):
                m = _TAKEN_BEFORE_RE.search(text, at - 80 if at > 80 else 0, at)
                if m is not None and not text.startswith((" of ", " for ", " to "), end):
                    found = m.group(1).split()  # (not "the captain of Carrow FC": another side's)
                    if _taken_for_a_time(text, m.start(1), end, linked):
                        found = None  # "If Tom Pell became captain", "… in 2019 before Obi took over"
                elif text.endswith(" new ", 0, at) or text.endswith("New ", 0, at):
                    m = _NAME_AFTER.match(text, end)
                    if m is not None and m.group()[:1] == ",":
                        found = list(_name_part(m.group(1)))
            pos = end
            at = text.find(core, end, offset)
        self._taken[key] = (offset, pos, found)
        if not found or found == linked or found[-1] in linked or found[0].lower() in NON_NAMES:
            return None
        return found

    def _office_held(self, idx: int, offset: int) -> bool:
        """Whether the person at idx was brought in with a public office: a mention saying so,
        or the office's word in the title right before the full name within 3,000 characters
        before offset; and no unnamed officials in the 300 characters before offset."""
        e = self.entities[idx]
        if "fficials" in self.text[offset - 300 if offset > 300 else 0 : offset]:
            return False  # (unnamed officials just brought in: "the official" may be one of them)
        if any(not _OFFICE_WORDS.isdisjoint(a.lower().split()) for a in e.aliases):
            return True
        full = " ".join(e.name_tokens)
        at = self.text.find(full, offset - 3000 if offset > 3000 else 0, offset)
        if at == -1:
            return False
        # the office's word in the title run right before the name ("Deputy Energy Minister",
        # "deputy minister of energy"), not a word of the sentence before it ("After a meeting
        # with the governor, resident Dana Ruiz", "League director Pat Obi said …. Coach Dana Ruiz")
        for w in reversed(self.text[at - 60 if at > 60 else 0 : at].split()[-6:]):
            low = w.lower()
            if low in _OFFICE_WORDS:
                return True
            if w[-1:] in ".,;:!?\"”“(" or not (w[:1].isupper() or low in _TITLE_LINKS or low in PORTFOLIOS):
                return False
        return False

    def _spelled_holder(self, spelled: str, offset: int) -> tuple[int, str] | None:
        """(offset, name) of the name the text last titles with the words a role's initials
        stand for before `offset`, outside quotes ("…, prime minister Sorin Vlad announced"
        before "the PM said"); none after a rank ("deputy prime minister Ana Lupu")."""
        low = self._ascii_lowered()
        at = low.rfind(spelled.encode(), 0, offset)
        for _ in range(4):
            # (back past a deputy's or a former one's title to the holder's: "Prime Minister
            # Sorin Vlad spoke first. Deputy Prime Minister Ana Lupu followed. "…," the PM said")
            if at < 0:
                return None
            found = self._spelled_at(spelled, at)
            if found is not None:
                return found
            at = low.rfind(spelled.encode(), 0, at)
        return None

    def _spelled_at(self, spelled: str, at: int) -> tuple[int, str] | None:
        """(at, name) for the name a role's spelled-out words at `at` title, outside quotes,
        after no rank and not a former holder's."""
        text = self.text
        if (at and text[at - 1].isalpha()) or not _inside(self._outside(), at):
            return None
        before = text[at - 14 if at > 14 else 0 : at].lower()
        if before.endswith(_UNDER_RANKS) or before.endswith(_PAST_HOLDERS):
            return None
        end = at + len(spelled)
        if text.startswith(" officer", end):
            end += 8  # ("chief financial officer Elena Sarkisova")
        m = _TITLED_NAME_RE.match(text, end)
        if m is None:
            if text[end : end + 1] != "," or text[at - 2 : at] not in (", ", "s ", "e "):
                return None
            # "Dana Whitfield, Britain's prime minister, met …": the name the title is in
            # apposition to, a country's possessive or "the" between
            b = text[at - 60 if at > 60 else 0 : at]
            if b.endswith(("'s ", "’s ")):
                b = b[: b.rstrip().rfind(" ") + 1]
            n = _NAME_BEFORE.search(b) if b.endswith((", ", ", the ")) else None
            if n is None:
                return None
            name = n.group(1).split()
            if len(name) < 2 or _names_body(name):
                return None
            return (at, " ".join(strip_titles(name)))
        name = strip_titles(m.group(1).split())
        return (at, " ".join(name)) if len(name) >= 2 else None

    def _titled_subject_before(self, head: str, offset: int) -> tuple[int, str] | None:
        """(offset, name) of the name the text last titles with the role `head` before
        `offset`, in this paragraph or the one before ("Coach Francis Tetteh-Lartey", "the
        Head Coach of Harbour Stars, Coach …"), when it opens its sentence as the subject,
        after a fronted phrase at most ("For his part, …"), and no other name follows it.
        (Read from the title in the text, not from the persons' index, which most articles
        never need built.)"""
        para = bisect.bisect_right(self._paragraphs, (offset, _FAR)) - 1
        if para < 0:
            return None
        lo = self._paragraphs[para - 1][0] if para else self._paragraphs[0][0]
        text = self.text
        at = self._ascii_lowered().rfind(head.encode(), lo, offset)
        if at <= 0 or text[at - 1].isalpha() or not _inside(self._outside(), at):
            return None
        m = _TITLED_NAME_RE.match(text, at + len(head))
        if m is None:
            if not text.startswith((" of ", " for "), at + len(head)):
                return None  # (the role's last use titles no name: "the coach of the Stars")
            # "Minister for Public Health Engineering Syed Zeeshan Haider Shah rejected …":
            # the name after the portfolio (not "the coach of the Stars", no name after it)
            m = _PORTFOLIO_RUN_RE.match(text, at + len(head))
            if m is None:
                return None
            run = m.group(0).split()
            k = 1
            while k < len(run) - 2 and run[k].lower() in PORTFOLIOS:
                k += 1  # "of Water Resources and Irrigation", then the name
            portfolio = k > 1 and run[k][:1].isupper() and any(w.lower() in _PORTFOLIO_WORDS for w in run[1:k])
            if not portfolio or run[k - 1].lower() in _PORTFOLIO_MODIFIERS or any(w.lower() in ROLE_NOUNS for w in run[k:]):
                # (a body's or a place's: "A spokesperson for PT Lintas Rawa Nusantara", "the
                # coach of Home United Ben Ash"; or another's office and name: "a spokesman for
                # Home Secretary Ann Hale" is not Ann Hale)
                return None
            name = strip_titles(run[k:])
        else:
            name = strip_titles(m.group(1).split())
        if len(name) < 2:
            return None
        start = 0 if at <= 200 else -1  # (a sentence that opens further back than that is no subject's)
        for b in _SENTENCE_BREAK_RE.finditer(text, at - 200 if at > 200 else 0, at):
            start = b.end()
        if start == -1 or (start != at and not _SUBJECT_PREFIX_RE.fullmatch(text, start, at)):
            return None
        if any(rank in text[start : at].lower() for rank in _RANKED):
            return None  # "Deputy Minister Bo Lee" is not "the minister", "former coach Ama Ash" not "the coach"
        end = text.find(". ", m.end(), offset)
        if any(w in text[m.end() : end if end != -1 else offset] for w in _SILENT):
            return None  # "Senator Tom Pell, her rival, declined to comment.": not the one who speaks next
        if not _speaks_after(text, m.end()) and self._ascii_lowered().find(head.encode(), 0, at) != -1:
            # "Minister Bo Lee was not in the chamber", "Coach Ben Ash sat in silence", after
            # another the text titled so: not the one who speaks next. (The only one titled
            # so is: "Health Minister Ann Hale visited two wards. "…," the minister said")
            return None
        for other in _TWO_CAPS_RE.finditer(text, m.end(), offset):
            if _inside(self._outside(), other.start()) and not _opens_sentence(text, other.start()):
                return None  # another name since, outside the quotes: "… met Finance Minister Bo Lee"
        return at, " ".join(name)

    def _two_just_named(self, offset: int) -> bool:
        """Whether the last sentence before `offset` that names a person outside quotes names
        two people (by different last words)."""
        if self._index is None:
            self._index = _Persons(self.text, self._where_names_are())
        persons = self._index.window(offset - 600 if offset > 600 else 0, offset)
        if not persons:
            return False
        last = persons[-1][0]
        lo = 0
        for m in _SENTENCE_BREAK_RE.finditer(self.text, last - 400 if last > 400 else 0, last):
            lo = m.end()
        names = {toks[-1] for off, toks in persons if off >= lo and not _names_body(toks)}
        if len(names) > 1:
            return True
        # or its paragraph named two before it: "Jo Penn beat Lena Vogt in the final. "…,"
        # Vogt said. "…," the American said." (the one just quoted by name is not the one
        # the writer now calls by a country)
        para = bisect.bisect_right(self._paragraphs, (offset, _FAR)) - 1
        if para >= 0:
            start = self._paragraphs[para][0]
            names = {toks[-1] for off, toks in persons if off >= start and not _names_body(toks)}
        return len(names) > 1

    def _surname_not_office(self, word: str, offset: int) -> str | None:
        """The full name of the person whose surname is the office `word` ("Sheriff",
        "Chancellor", "Mayor") that opens a sentence alone, when the text names such a
        person ("Ann Sheriff") and no one holds the office in it: the word never in small
        letters, never a title before a name ("Sheriff Tom Pell")."""
        text = self.text
        low = word.lower()
        if low in text:
            return None  # "the sheriff": the office is held in the story
        at = text.find(word + " ")
        while at != -1:
            if text[at + len(word) + 1 : at + len(word) + 2].isupper():
                return None  # "Sheriff Tom Pell": a title
            at = text.find(word + " ", at + 1)
        full = self._fullest([word], offset)
        if len(full) >= 2 and full[-1] == word and all(t[:1].isupper() for t in full) and not any(
            t.lower() in TITLES or t.lower() in ROLE_NOUNS for t in full[:-1]
        ):
            # a person's name stands where names stand: opening a sentence ("Ann Sheriff
            # spoke") or after the verb ("said Ann Sheriff"); never after "the" or in an
            # apposition ("the Carrow Mayor", "Tom Pell, Carrow Mayor,"), where it is a
            # place's or a body's office ("was elected Club President", "met German Chancellor")
            name = " ".join(full)
            placed = False
            at = text.find(name)
            while at != -1:
                end = at + len(name)
                if text[at - 4 : at].lower() == "the " or (text[at - 2 : at] == ", " and text[end : end + 1] == ","):
                    return None
                if at == 0 or text[at - 1] == "\n" or text[at - 2 : at] in _NAME_OPENERS or text[at - 5 : at - 1].lower() in _SAY_FORMS:
                    placed = True
                at = text.find(name, end)
            return name if placed else None
        return None

    def _captain_fits(self, idx: int, mention: str, offset: int) -> bool:
        """Whether "the skipper" at offset can be the person `idx` just named: on a sports
        page, a plain or a team's captain, for a player given no other role who opened a
        sentence (or followed a fronted phrase: "Asked about it, Dsouza smiled")."""
        if any(not w[:1].isupper() for w in mention.split()[1:-1]):
            return False  # "the fire captain", "the boat's captain"
        e = self.entities[idx]
        if not e.name_tokens:
            return False
        text = self.text
        if self._sports is None:
            self._sports = _SPORTS_PAGE_RE.search(text) is not None
        if not self._sports:
            return False  # "the captain" of a ferry or a flight is someone else
        full = " ".join(e.name_tokens)
        at = text.find(full) if len(e.name_tokens) >= 2 else -1
        while at != -1 and at < offset:
            w = text[text.rfind(" ", 0, at - 1) + 1 : at - 1].lower().rstrip(".") if at > 1 and text[at - 1] == " " else ""
            if w not in _CAPTAINS and w not in _HONORIFICS and (w in ROLE_NOUNS or w in NAME_ROLES or w in TITLES):
                return False  # "head coach Martin Kellerman", "Passenger Ann Lee"
            at = text.find(full, at + 1)
        last, lo = e.name_tokens[-1], max(0, offset - 800)
        at = text.rfind(last, lo, offset)
        while at != -1 and not (
            (at == 0 or not text[at - 1].isalnum())
            and not text[at + len(last) : at + len(last) + 1].isalnum()
            and _inside(self._outside(), at)
        ):
            at = text.rfind(last, lo, at)
        if at == -1:
            return False
        for tok in reversed(e.name_tokens[:-1]):
            if not text.endswith(tok + " ", 0, at):
                break
            at -= len(tok) + 1
        s = at
        while s > lo and not _opens_sentence(text, s):
            s -= 1
        lead = text[s:at]
        return not lead or (lead.endswith(", ") and not any(c in lead for c in "\"“”"))

    def _firm_subject(self, offset: int, airline: bool = False) -> tuple[str, int] | None:
        """The company a "the company" at offset stands for: the subject of a verb of
        speech in its sentence or the one before in its paragraph, or, from a headline or
        standfirst, in the article's first paragraph; a name a company's (ending in a word
        such names end in, in capitals, or after a word such as "maker"). With `airline`, for
        "the airline" or "the carrier", an airline's name ending too: "Coastline Air said …"."""
        text = self.text
        para = next((p for p in self._paragraphs if p[0] <= offset <= p[1]), None)
        if para is None:
            return None
        places = [(para[0], offset)]
        at_para = self._paragraphs.index(para)
        if at_para < 2 and len(self._paragraphs) > 2:
            places.append(self._paragraphs[2])  # a headline's or standfirst's: the first paragraph
        elif text[para[0] : para[0] + 1] in _QUOTE_OPENERS:
            # a paragraph the quote opens: the subject of the paragraph before, when the
            # text knows that name as a company's ("Brightwell, based in Ferncastle, said in
            # a statement …" after "Brightwell Home Appliances is recalling …")
            places.append((*self._paragraphs[at_para - 1], True))
        for lo, hi, *known in places:
            found = None
            for m in _FIRM_SUBJECT_RE.finditer(text, lo, hi):
                words = m.group(1).split()
                at = m.start(1)
                for n in range(len(words) - 2, -1, -1):
                    if words[n].endswith(".") and words[n + 1].lower() in DETERMINERS:
                        at = m.start(1) + len(" ".join(words[: n + 1])) + 1
                        words = words[n + 1 :]  # "Regulators fined Tovel Chem. The European Commission said"
                        break
                if words[0].lower() in DETERMINERS and len(words) > 1:
                    at += len(words[0]) + 1
                    words = words[1:]  # "The Brennan Transit Authority said"
                if words[0].lower() in DISCOURSE or words[0].lower() in SUBJECT_PRONOUNS:
                    continue
                before = _WORD_BEFORE_RE.search(text, max(0, at - 14), at)
                if before is not None and before.group(1).lower() in ("of", "for", "and") and text[before.end(1)] == " ":
                    continue  # "The Department of Energy said": the end of a longer name
                if words[-1].lower() in _NOT_FIRM_ENDS or _names_another(text, m.end(), hi if hi != offset else para[1]):
                    continue  # a public body is no company; nor is a body that spoke of another by name
                if airline:
                    # (an airline's name, or a name after "airline" or "carrier": not any
                    # company, "Harlow Steel said …" is no carrier)
                    if words[-1].lower() in _AIRLINE_ENDS or (before is not None and before.group(1).lower() in _AIRLINE_WORDS):
                        found = (" ".join(words), at)
                        if hi != offset:
                            break
                elif (words[-1].lower() in _BODY_NAME_ENDS or (len(words[-1]) > 1 and words[-1].isupper())
                        or (before is not None and before.group(1).lower() in _FIRM_WORDS | _MAKER_WORDS)):
                    found = (" ".join(words), at)
                    if hi != offset and not known:
                        break  # (the first paragraph: its first)
                elif known and any(
                    len(e.name_tokens) > len(words) and e.name_tokens[: len(words)] == words and (
                        e.org or e.name_tokens[-1].lower() in _BODY_NAME_ENDS or e.name_tokens[-1].lower() in _FIRM_NAME_ENDS
                    ) for e in self.entities
                ):
                    found = (" ".join(words), at)  # (the paragraph before: its last)
            if found is not None:
                return found
        return None

    def issuer(self, word: str, offset: int) -> int | None:
        """_issuer, for the engine's "…," it read."""
        return self._issuer(word, offset)

    def _issuer(self, word: str, offset: int) -> int | None:
        """The speaker of the sentence that last used `word` ("statement") before offset:
        "In a statement, the ministry said …" makes "the statement" the ministry's."""
        text = self.text
        lo = offset - 2000 if offset > 2000 else 0
        if word.isalpha():
            at = _last_whole_word(text, word, lo, offset)  # (a regex tried at every character costs about 45 a character)
            if at == -1:
                return None
        else:
            last = None
            for last in re.finditer(r"\b" + word + r"\b", text[lo:offset]):
                pass
            if last is None:
                return None
            at = lo + last.start()
        lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        hi = text.find("\n", at)
        hi = len(text) if hi == -1 else hi
        for ms, idx in reversed(self.history):
            if lo <= ms < hi and ms < offset:
                return idx
        # no quote's subject there: "The Brennan Area Transit Authority said in a
        # statement that …" (the sentence's own subject, when it is a name)
        m = _ISSUER_RE.match(text, lo, at)
        if m is not None and m.group(1).split()[0].lower() not in _NOT_ISSUER and _IN_STATEMENT_RE.fullmatch(text, m.end(), at):
            return self.named(m.group(1), lo + (m.start(1) - m.start()))
        # or the name after the comma that ends a phrase opening with the word: "In a
        # statement posted to the town's page, Ingrid Lindqvist said …"
        if text[lo : at].lower().endswith(("in a ", "in an ", "in a written ", "in her ", "in his ")):
            m = _FRONTED_ISSUER_RE.match(text, at, hi)
            if m is not None and m.group(1).split()[0].lower() not in _NOT_ISSUER:
                return self.named(m.group(1), m.start(1))
        # or the subject that put the document out: "Harlow Steel issued a statement."
        m = _ISSUED_RE.fullmatch(text, lo, at)
        if m is not None and m.group(1).split()[0].lower() not in _NOT_ISSUER and not text.startswith(
            (" on behalf of ", " from ", " by ", " written by "), at + len(word)
        ):  # (not "Police issued a statement on behalf of the family": the family's words)
            return self.named(m.group(1), m.start(1))
        # or the subject after the sentence's comma: "The program will include aid, the
        # ministry said in a statement." (the last such before the word)
        m = None
        for m in _TAIL_ISSUER_RE.finditer(text, lo, at):
            pass
        if m is not None and _IN_STATEMENT_RE.fullmatch(text, m.end(), at):
            if m.group(1) is not None:
                return self.named(m.group(1), m.start(1))
            if m.group(2).split()[-1] in ORG_NOUNS:
                return self.role(m.group(2), m.start(2))
        if text.endswith(("in a ", "In a "), 0, at):
            # or the subject the fronted phrase leads to: "… but in a statement released
            # through the prosecutor's office, the family said …" (in the same sentence)
            stop = text.find(". ", at, hi)
            m = _TAIL_ISSUER_RE.search(text, at, hi if stop == -1 else stop)
            # (the fronted phrase's own subject, after its first comma: not "In a statement, the
            # club confirmed …, the BBC said", nor "The council, in a statement, urged …, the
            # mayor said")
            if m is not None and text.find(",", at) == m.start() and not any(c in text[at : m.start()] for c in "\"“”"):
                if m.group(1) is not None:
                    return self.named(m.group(1), m.start(1))
                if m.group(2).split()[-1] not in _DOCUMENTS:
                    return self.role(m.group(2), m.start(2))
        return None

    def _agency_before(self, offset: int) -> list[str] | None:
        """The public body the text names last before offset, in its paragraph or the one
        before, by a name whose head word is one of _AGENCY_HEADS ("the Federal Consumer
        Safety Commission", "the Northern Weather Service")."""
        text = self.text
        lo = text.rfind("\n", 0, text.rfind("\n", 0, offset)) + 1
        at = text.find("agency", lo, offset)
        while at != -1:
            if text[at - 4 : at].lower() != "the ":
                return None  # "a talent agency", "the Reuters news agency": the agency the text names so
            at = text.find("agency", at + 6, offset)
        best = None
        for head in _AGENCY_HEADS:
            word = head.capitalize()
            at = text.rfind(word, lo, offset)
            while at != -1 and (text[at + len(word) : at + len(word) + 1].isalnum() or (at and text[at - 1].isalnum())):
                at = text.rfind(word, lo, at)
            if at == -1 or (best is not None and at < best[0]):
                continue
            m = _BODY_BEFORE_RE.search(text, max(0, at - 80), at)
            before = _drop_leading(m.group().split(), _NOT_FIRST_IN_NAME | DETERMINERS) if m else []
            if before and all(w[:1].isupper() for w in before):
                best = (at, before + [word])
        return best[1] if best else None

    def _body_named(self, head: str) -> list[str] | None:
        """The first body the article names with `head` as its head word: "Union" in "the
        Kenya Union of Doctors and Pharmacists", "Council" in "the Public Transport
        Pricing Council"."""
        word = head[:1].upper() + head[1:]
        text = self.text
        at = text.find(word)
        headline = None
        while at != -1:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                if self._paragraphs and not _inside(self._paragraphs, at):
                    at = text.find(word, end)
                    continue
                m = _BODY_BEFORE_RE.search(text, max(0, at - 80), at)
                before = m.group().split() if m else []
                n = _BODY_AFTER_RE.match(text, end)
                after = n.group().split() if n else []
                name = before + [word] + after
                if (before or after) and len(name) >= 2:  # "Kenya Union", "City of East Parrish"
                    if not self._in_title_line(at):
                        return _drop_leading(name, _NOT_FIRST_IN_NAME | DETERMINERS)
                    if not after and len(before) == 1 and headline is None:
                        # (the capitals around it in a Title Case headline hold a verb's subject
                        # and the verb, "Lawmaker Accuses Health Ministry of …", "Obi Makes
                        # Campaign …": a name the body text gives wins; with none, a word and
                        # the head, "Health Ministry Says …", still name it, at the end)
                        headline = name
            at = text.find(word, end)
        # "the dockers' union BTV-Havens said": the word in lower case, the body's name after it
        at = text.find(" " + head + " ")
        while at != -1:
            m = _NAME_AFTER_HEAD_RE.match(text, at + len(head) + 2)
            if m is not None and not _is_title(m.group(1)) and m.group(1).lower() not in _DAYS_AND_MONTHS and (
                not self._paragraphs or _inside(self._paragraphs, at)
            ) and not (text.endswith(" of the", 0, at) and _role_before(text, at - 6) and not _names_body(m.group().split())):
                # (not "said in a statement Wednesday"; nor "Secretary-General of the
                # ministry Mohamed Alaoui", the body's official)
                return m.group().split()
            at = text.find(" " + head + " ", at + 1)
        if headline is not None:
            return _drop_leading(headline, _NOT_FIRST_IN_NAME | DETERMINERS)
        return None

    def _indefinite_before(self, words: list[str], offset: int) -> str | None:
        """The indefinite description this definite one points back to, if the text has one."""
        if not words or words[-1] in ORG_NOUNS or words[-1] not in ROLE_NOUNS:
            return None
        lo = offset - 3000 if offset > 3000 else 0
        core = " ".join(words)
        text = self.text
        if core.isascii() and "?" not in core and not _has_re_i_odd(text):
            # (mostly) the cheap test below, on the text lowered as ASCII bytes, not on a
            # lowered copy of the window
            low = self._ascii_lowered()
            if low.find(core.encode(), lo, offset) == -1:
                return None  # mostly no such words
            # (the determiners read only before the core's uses: see _indefinite_stretches)
            span = _last_indefinite(text, lo, offset, core, low)
        else:
            low = None
            window = text[lo:offset]
            # re.I compares as lower() does for an ASCII core, but for four letters that match
            # ASCII ones under re.I alone (İ ı K ſ): where the text has none, the cheap test first
            lowered = core.isascii() and not _has_re_i_odd(window)
            if lowered and core not in window.lower():
                return None  # mostly no such words
            if lowered:
                span = _last_indefinite(text, lo, offset, core)
            else:
                pat = re.compile(r"\b(?:[Aa]n?|[Oo]ne) ((?:[\w'’\-]+ ){0,3})" + r" ".join(re.escape(w) for w in words) + r"\b", re.I)
                last = None
                for last in pat.finditer(text, lo, offset):
                    pass
                span = last.span() if last is not None else None
        while span is not None and self._outside() and not _inside(self._outside(), span[0]):
            # "“Sometimes one nurse covers 60 patients,” the nurse said": words inside a quote
            # describe no one to point back to; an earlier description outside one may
            if not (core.isascii() and not _has_re_i_odd(text)):
                return None
            span = _last_indefinite(text, lo, span[0], core, low)
        while span is not None and _INDEFINITE_LINKS.intersection(text[span[0] : span[1] - len(core)].lower().split()):
            # "a lawyer for the victim", "an aide to the minister": another person, who is
            # no "the victim" or "the minister" (an earlier description may be)
            if not (core.isascii() and not _has_re_i_odd(text)):
                return None
            span = _last_indefinite(text, lo, span[0], core, low)
        if span is None:
            return None
        # "a source in the Cabinet of Ministers"; or where the one who goes unnamed works, to
        # the comma before the clause that says so: "An employee at the pool, who did not
        # want to be named, …" (its words in small letters too)
        where = _WHERE_UNNAMED_RE.match(self.text, span[1]) or _WHERE_RE.match(self.text, span[1])
        return _lower_det(self.text[span[0] : span[1]] + (where.group() if where else ""))

    def _breaks_outside(self, lo: int, hi: int) -> int:
        """How many sentence breaks stand outside quotes in [lo, hi)."""
        n = 0
        for m in _SENTENCE_BREAK_RE.finditer(self.text, lo, hi):
            if _inside(self._outside(), m.start()):
                n += 1
        return n

    def _ascii_lowered(self) -> bytes:
        """ascii_lowered(self.text), made once."""
        if self._low_bytes is None:
            self._low_bytes = ascii_lowered(self.text)
        return self._low_bytes

    def _role_owned_otherwise(self, owner: str, core: str) -> bool:  # (see also _role_owner)
        """Whether the text writes the role `core` after a capitalised word not `owner`'s
        ("French trade minister", "Germany's trade minister")."""
        for m in re.finditer(r"(\S+) " + re.escape(core) + r"\b", self.text, re.I):
            w = m.group(1).strip("\"“”'‘’(")
            if w[:1].isupper() and not w.endswith((".", ":")) and w.lower() not in DETERMINERS and _unpossessed(w) != owner:
                return True
        return False

    def _apposition_link(self, mention: str) -> list[str] | None:
        """'X, the Labour leader,' / 'the Labour leader, X' / 'Labour leader X' elsewhere."""
        # ("the president" comes back in an article: the answer depends on the text alone)
        links = self._links
        if mention not in links:
            links[mention] = self._find_apposition(mention)
        return links[mention]

    def _find_apposition(self, mention: str) -> list[str] | None:
        words = mention.split()
        core = " ".join(words[1:]) if words and words[0].lower() in DETERMINERS else mention
        if not core:
            return None
        text = self.text
        core = core.lower()
        n = len(core)
        if core.isascii() and "?" not in core and "\u0130" not in text and "\u212a" not in text:
            # (mostly) the text as ASCII bytes: the same finds of an ASCII core as in
            # text.lower(), which makes ASCII letters of no character but these two
            low, key = self._ascii_lowered(), core.encode()
            find = low.find
        elif self._lower is None and "\u0130" not in text and "\u212a" not in text and "\u03a3" not in text:
            # a core beyond ASCII ("the ad’s narrator"): the same copy, with "?" for each
            # other character of the core, finds every place text.lower() has it, and those
            # that are not are passed over (a text without İ, K or Σ lowers letter by letter,
            # so its slice's lower() is text.lower()'s there): not a lowered copy of the text
            # for a core or two
            low, key = self._ascii_lowered(), core.encode("ascii", "replace")
            find = functools.partial(_checked_find, low, text, core)
        else:
            if self._lower is None:
                self._lower = text.lower()
            low, key = self._lower, core
            find = low.find
        at = find(key)
        paragraphs = self._paragraphs
        possessive = "'s " in core or "’s " in core  # "ann cole's right-hand woman": a role by its owner
        plural = core[-1:] == "s" and core[-2:-1] != "s"  # ("the miners", "the residents": people, no one name)
        described = None
        others: set[str] = set()  # the words that made the role another's where met, and the described one's
        # (a person's role only: "Blue Fox, a talent agency" stays "the agency", as a body's name)
        person_role = core not in ORG_NOUNS and core not in BODY_HEADS
        skipped = []  # the uses that can tell no name (below), read only for `others` if need be
        while at != -1:
            # Most uses are followed by no name and follow none: a name after needs ", " or
            # " " then a capital, "the ", "for", "of" or a word of where ("in the port, …"),
            # which no other small letter opens; a name before, or words describing the
            # role (_modded_role), a ", " in the 64 characters before the use
            nxt = text[at + n : at + n + 1]
            after_may = nxt == "," or (nxt == " " and not ((nxt2 := text[at + n + 1 : at + n + 2]).islower() and nxt2 not in "tfoaiw"))
            before_may = ", " in text[at - 64 if at > 64 else 0 : at] and not (
                # (not one owning the role after it: "Dwayne Fubler, the union's president,"
                # is the president, no apposition of "the union")
                (nxt == "'" or nxt == "’") and text[at + n + 1 : at + n + 2] == "s"
            )
            if not after_may and not before_may:
                skipped.append(at)
                at = find(key, at + 1)
                continue
            if paragraphs and not _inside(paragraphs, at):
                at = find(key, at + 1)
                continue  # a residue line: "Image source, Getty Images" names no source
            if key is core:
                before_word = low[max(0, at - 12) : at].split()[-1:]
            else:  # (the same words as text.lower() has there, but for a final sigma's form)
                before_word = text[at - 12 if at > 12 else 0 : at].lower().split()[-1:]
            modded = 0
            if before_word and before_word[0] in ROLE_ADJECTIVES:
                modded = _modded_role(text, at, at + n) if person_role else 0
                if not modded:
                    others.add(before_word[0])  # (another of the role: "the health minister")
                    at = find(key, at + 1)
                    continue  # "the chancellor" is not "Shadow chancellor Mel Stride"
            if plural and text[at : at + 1].isupper() and at > 1 and text[at - 1] == " " and text[at - 2 : at - 1].isalpha() and (
                text[text.rfind(" ", 0, at - 1) + 1 : at - 1][:1].isupper()
            ):
                at = find(key, at + 1)
                continue  # "the miners" are not the "Lubanda Artisanal Miners Association": a name's inner word
            after = (_NAME_AFTER.match(text, at + n) or _PORTFOLIO_NAME_AFTER.match(text, at + n)) if after_may and not modded else None
            if after is not None and after.re is _PORTFOLIO_NAME_AFTER and _lists_portfolios(
                text[after.start(1) - 30 : after.start(1)].split()[-1:] + text[after.start(1) : after.start(1) + 80].split(), 0
            ):
                after = None  # "the Ministry of Economy, Trade and Industry": its portfolios, no one's name
            says = -1
            if after is not None and (says := text.find(" Says ", at + n, after.end())) != -1:
                # a Title Case headline's "Minister Tazi-Sqalli Says Morocco …": a name, a verb
                # and its object; the name is the words before "Says"
                after = _NAME_AFTER.match(text, at + n, says) or _PORTFOLIO_NAME_AFTER.match(text, at + n, says)
            if after is not None and (says == -1 or after.end() != says) and (
                text[after.end() : after.end() + 1] == " " or not _HEADLINE_LINKS.isdisjoint(after.group(1).lower().split())
            ) and self._in_title_line(at):
                # a Title Case headline's "… Sue Water Board Over Fees", "Teachers Union Calls
                # Strike Over Pay": every word capitalised, the role's verb and its object no
                # name (one that ends the line or its clause with no link in it, or comes
                # before "Says", may be: "… Angry at Water Board Chief Tom Pell")
                after = None
            if after is None and after_may and text[at + n : at + n + 1] == " " and (c := _past_where(text, at + n)) != at + n:
                # "A union leader in the port, Sam Oduya, said": the name set off after the
                # phrase of where is the description's, closed by its comma (not "Speaking to
                # a union leader in the port, Sam Oduya said": he is the subject)
                after = _NAME_AFTER.match(text, c)
                if after is not None and (text[after.end() : after.end() + 1] not in (",", ".") or " " not in after.group(1) or (
                    _names_body(after.group(1).split())
                )):
                    after = None  # (and a person's name, of two words: not "in the port area, Dockside,", "of the lender, Harlow Bank,")
            if after is not None and after.group()[:1] == "," and text[after.end() : after.end() + 1] == " " and (
                text[after.end() + 1 : after.end() + 14].split(" ", 1)[0].rstrip(":,") in SPEECH_VERBS
            ) and _role_in_phrase(text, at):
                # "In a letter to Tom Hale, the prime minister, Ann Obi wrote", "Speaking to the
                # minister, Ann Obi said": the role is another's, in a phrase before the
                # subject; the name after it, with its verb, is that subject
                after = None
            for m in (after, _BEFORE) if before_may else (after,):
                if m is _BEFORE:  # (looked for only when the name after gives none)
                    before = text[at - 60 if at > 60 else 0 : at - modded]
                    if before.endswith(" special "):
                        before = before[:-8]  # "Ingrid Solberg-Amadi, the special envoy of …" is "the envoy"
                    elif not modded and person_role and before[-1:] == " " and not before.endswith(_NAME_BEFORE_ENDS) and (mm := _modded_role(text, at, at + n)):
                        before = before[:-mm]  # "Ann Obi, the finance minister," is "the minister"
                        modded = mm
                    # (a match ends the stretch, or a newline ending it follows the match)
                    m = _NAME_BEFORE.search(before) if before.endswith(_NAME_BEFORE_ENDS) else None
                    if m is not None and possessive and _in_phrase_before(before, m.start()):
                        m = None  # "In response to … the United States, Ann Cole's aide rallied": no apposition
                    elif m is not None and _fronted_object(before, m.start(), text, at + n):
                        m = None  # "In a letter seen by Addis Standard, the company told": no apposition
                    elif m is not None and (before[: m.start(1)].rstrip().rpartition(" ")[2].lower() in _WHERE_PREPOSITIONS or (
                        m.group(1).partition(" ")[0].lower() in _WHERE_PREPOSITIONS
                    )):
                        m = None  # "In Harle, the MP for Harle Vale, …": where, not who
                if m is not None:
                    toks = list(_name_part(m.group(1)))
                    if m is not after and m.start(1) > 4 and before.endswith(_PATRONYM_LINKS, 0, m.start(1)):
                        k = m.start(1)
                        while before.endswith(_PATRONYM_LINKS, 0, k) and (p := _PATRONYM_BEFORE_RE.search(before, 0, k)):
                            k = p.start()  # "Abdullah bin Hamad Al Sowaidi, the minister": his given name too
                        toks = list(_name_part(before[k : m.end(1)]))
                    if m is after and toks and toks[-1].lower() in BODY_HEADS:
                        more = _BODY_AFTER_RE.match(text, m.end())
                        if more and more.group():
                            toks = toks + more.group().split()  # "the Gas Exporters Council of Australia"
                    if m is after and toks and core in ORG_NOUNS and not _names_body(toks) and text[
                        at - 8 if at > 8 else 0 : at
                    ].lower().endswith(" of the ") and _role_before(text, at - 7):
                        continue  # "Secretary-General of the ministry Mohamed Alaoui": its official, not it
                    if toks and toks[0].lower() not in NON_NAMES and toks[0].lower() not in NOT_NAME_OPENERS and (
                        _names_body(toks) or not any(t.lower() in ROLE_NOUNS for t in toks)
                    ) and not (len(toks) == 1 and _acronym_plural(toks[0])):  # ("1.1 million EVs, the company said")
                        if not modded:
                            return toks
                        if described is not None and described != toks:
                            return None  # "Ann Obi, the finance minister, met Tom Pell, the health minister": which?
                        described = toks  # (a described role is the one person so described: looked on for another)
                        described_words = text[at - modded : at].split()
                        break
            at = find(key, at + 1)
        if described is None:
            return None
        for at in skipped:
            # (an adjective before a skipped use makes the role another's as well; no
            # _modded_role there, which needs a ", " before the use)
            if paragraphs and not _inside(paragraphs, at):
                continue
            if key is core:
                before_word = low[max(0, at - 12) : at].split()[-1:]
            else:
                before_word = text[at - 12 if at > 12 else 0 : at].lower().split()[-1:]
            if before_word and before_word[0] in ROLE_ADJECTIVES:
                others.add(before_word[0])
        if not others.issubset(described_words):
            return None  # "Ann Obi, the finance minister, …; the health minister, Tom Pell, …": which?
        return described

    def another(self, mention: str, offset: int) -> int:
        """'Another' right after 'one Labour MP' is 'another Labour MP'."""
        window = self.text[max(0, offset - 1500) : offset]
        found = None
        for m in _ONE_RE.finditer(window):
            words = m.group(1).split()
            for n, w in enumerate(words):
                if w.lower() in ROLE_NOUNS:
                    found = words[: n + 1]
                    break
                if w.lower() in DETERMINERS or w.lower() in DISCOURSE or w.lower() in SPEECH_VERBS:
                    break
        if found is not None:
            return self.anonymous("another " + " ".join(found))
        return self.anonymous(mention)

    def pronoun(self, mention: str, offset: int, like_he: bool = False) -> int | None:
        """he/she/they: the most recent fitting person named before this point. With
        `like_he`, a description ("the 22-year-old") read as a he or she of no known gender
        is: a name standing as an object after the last subject comes after it."""
        low = mention.lower()
        g = PRONOUN_GENDER.get(low)
        subjectish = g is not None or like_he
        plural = low in ("they", "we")
        # candidates: earlier subjects of cues, and names opening a sentence
        h = bisect.bisect_left(self.history, (offset, -1))
        earlier: list[tuple[int, int | None, list[str] | None]]
        if g is not None and self._doc_owned:
            # "The Harlow Gazette's report said …": its owner is no he or she for that
            earlier = [(o, e, None) for o, e in self.history[h - 12 if h > 12 else 0 : h] if o not in self._doc_owned]
        else:
            earlier = [(o, e, None) for o, e in self.history[h - 12 if h > 12 else 0 : h]]
        if low == "it":
            # "The ministry said it would publish a list, in what it called a "name and
            # praise" approach": the body whose words open the pronoun's own sentence
            start = max(self.text.rfind(". ", offset - 300 if offset > 300 else 0, offset), self.text.rfind("\n", 0, offset)) + 1
            while start < offset and self.text[start] in " \n":
                start += 1
            m = _BODY_SAID_RE.match(self.text, start, offset)
            if m is not None and any(
                w in ORG_NOUNS or w in BODY_HEADS or w in _FIRM_WORDS or w in _BODY_PLACES or w in _PERSON_NOUNS
                for w in self.text[m.end() : offset].lower().replace(",", " ").split()
            ):
                # "The ministry said the hospital had been told to close the ward, but it
                # insisted …": another body between them is the nearer "it"
                m = None
            if m is not None and _inside(self._outside(), start):
                return self.role(m.group(1), start)
        if not plural and low != "it":
            # "The governor, who …, said the forum would meet. … "…," he said": a role opening
            # a sentence is a candidate too
            last = self._role_subject_before(offset)
            if last is not None and _role_named_after(self.text, last.end()):
                last = None  # "The president of the cooperative, Theo Bizimana, said": the person named
            if last is not None and not (earlier and earlier[-1][0] > last.start()):
                earlier.append((last.start(), self.role(last.group(), last.start()), None))
            if g is not None:
                given = self._given_subject_opening(offset, g)
                if given is not None and not (earlier and earlier[-1][0] > given[0]):
                    earlier.append((given[0], given[1], None))
            # "Another resident, a mother-of-two, said the school run took 40 minutes. "…,"
            # she said": an indefinite person who opened a sentence since the last subject
            after = max(map(_first, earlier), default=-1)
            some = self._indefinite_subject_before(offset, after)
            fronted = self._fronted_indefinite_before(offset, after)
            if fronted is not None and g is not None and _NOUN_GENDER.get(fronted.group().rpartition(" ")[2], g) != g:
                fronted = None  # "At the hall, a man said he had lost his car. "…," she said"
            if fronted is not None and (some is None or fronted.start() > some.start()):
                some = fronted
            # (not when a name follows in apposition, "Another resident, farmer Ernesto
            # Calimlim, said": then the person named there is the candidate, among the persons)
            if some is not None and not _named_apposition(self.text, some.end()):
                said = some.group()
                at = some.start()
                given = some.groupdict().get("given")
                if given is not None:
                    # "…, who gave his name only as Kwaku, said": the one name given is his
                    idx = self.named(given, some.start("given"))
                    _add_alias(self.entities[idx], said)
                else:
                    idx = self.another(said, at) if said.startswith("Another") else self.anonymous(said)
                earlier.append((at, idx, None))
        if low == "they":
            # "Analysts at Harlow Capital said in a note … "…," they wrote": the plural subject
            # of a sentence before, though a person was quoted by name since (a named person
            # is no they; a group or body quoted since is looked for below)
            group = self._plural_subject_before(offset)
            if group is not None:
                at = group.start(1)
                if all(o < at or self._one_named(e) for o, e, _ in earlier) and not self._another_they_since(group.end(), offset):
                    said = group.group(1)
                    while said.split(" ", 1)[0].lower() in _LINKING_OPENERS and " " in said:
                        said = said.split(" ", 1)[1]  # "But analysts said", "Yet economists at …"
                    words = said.split(" ", 2)
                    if len(words) == 3 and words[0].lower() in _NOTE_WRITERS and words[1] in ("at", "from") and " and " not in words[2]:
                        # (not two firms: "Analysts at Harlow Capital and Velmar Bank" stay as written)
                        # "Analysts at Harlow Capital said in a note": a research note is the
                        # firm's, which speaks as a body
                        body = words[2][4:] if words[2].startswith("the ") else words[2]
                        idx = self.named(body, group.end(1) - len(body))
                        self.entities[idx].org = True
                        _add_alias(self.entities[idx], said)
                        return idx
                    return self.anonymous(said)
        if earlier and (self._index is None or self._index.all is None):
            # The newest subject comes first among the candidates below when no person
            # named after it can come before it: then, if it fits, it is the answer, and
            # the persons need not be looked up (often not at all in an article).
            newest = max(earlier, key=_first)  # (the first of the newest: as the stable sort below)
            at = newest[0]
            if at >= offset - 600 and not self._may_name_someone(at, offset, subjectish):
                found = self._fits(newest, g, plural, low == "it")
                if found is not _UNDECIDED:
                    return found
        if self._index is None:
            self._index = _Persons(self.text, self._where_names_are())
        # The candidates are the last 12 subjects and the last 12 persons named before
        # offset, newest first. Persons are looked up from lo on only (the pronoun's own
        # sentence or so): while fewer than 12 turn up, older persons are not known, so
        # only the candidates from lo on are tried, and none fitting means looking further.
        index = self._index
        lo = offset - 600
        while True:
            persons = index.window(lo, offset)
            complete = len(persons) >= 12 or lo <= index.first_seen or not index.names
            persons = persons[-12:]
            cands = earlier + [(off, None, toks) for off, toks in persons]
            cands.sort(key=_first, reverse=True)
            if subjectish:
                cands = self._subject_first(cands)
            # (the first 12 from lo on tried, as they come: most pronouns take the first one;
            # a name standing as the object of this same pronoun is its answer only once the
            # window is complete: "Has he told Fairweather that?" in a profile of another man,
            # whose own name lies further back, makes no "he says" of Fairweather's)
            found = self._pronoun_among(cands, g, plural, low == "it", subjectish, persons, -1 if complete else lo, low)
            if found is not _UNDECIDED:
                return found
            if complete or sum(c[0] >= lo for c in cands) >= 12:
                return self._spoken_body(offset) if low == "it" else None
            lo = offset - 4 * (offset - lo)

    def what_it_calls(self, offset: int) -> int | None:
        """The "it" at offset of "what it calls": "The Harlow Audit Office has repeatedly
        flagged what it calls "contract-hoarding"": the words are the body's whose name opens
        the sentence, whatever its verb; a person, a plural or a thing opening it is no
        such it. (A "what it called "…"" with nothing between is a thing's name to the cues:
        PolNeAR marks such an it in one story and the body in another, so it stays so.)"""
        text = self.text
        start = max(text.rfind(". ", offset - 300 if offset > 300 else 0, offset), text.rfind("\n", 0, offset)) + 1
        while start < offset and text[start] in " \n":
            start += 1
        b = _BODY_OPENS_RE.match(text, start, offset)
        if b is None or not _inside(self._outside(), start):
            return None
        between = text[b.end() : offset]
        if "," in between or " and " in between or " which " in between:
            return None  # (another clause, whose it may be another's: "… fined Kessel Steel, which rejects what it calls")
        name = b.group(1)
        if name.rpartition(" ")[2].lower() not in _BODY_ENDS_FOR_IT and (
            " of " not in name or name.partition(" of ")[0].rpartition(" ")[2].lower() not in _BODY_ENDS_FOR_IT
        ):
            return None  # ("Harlow Steel", "Critics", "The bill": no body by its name; "the Board of Education" is)
        if name[:1].islower():
            return self.role("the " + name, start)
        idx = self.named(name, b.start(1))
        self.entities[idx].org = True
        return idx

    def _spoken_body(self, offset: int) -> int | None:
        """An "it" no body quoted before fits: the subject of the last verb of speech opening
        a sentence in its paragraph or the one before ("Harlow Steel said in a statement that
        … "…," it said", "The ministry said …"), a body since an it stands for it; not a
        person the text has called he or she."""
        para = bisect.bisect_right(self._paragraphs, (offset, _FAR)) - 1
        if para < 0:
            return None
        lo = self._paragraphs[para - 1][0] if para > 0 else self._paragraphs[para][0]
        last = None
        for m in _BODY_SUBJECT_RE.finditer(self.text, lo, offset):
            name = m.group(1)
            if name.split()[0].lower() in _NOT_ISSUER or not _inside(self._outside(), m.start(1)):
                continue
            if name[:1].islower() and name.split()[-1] not in ORG_NOUNS:
                continue  # "The driver said": no body
            if name.split()[-1].lower() in _PLURAL_NOUN_SET:
                continue  # "Officials said", "Witnesses said": people, no it
            if name.split()[0].lower().rstrip(".") in TITLES or _HE_SHE_AFTER_RE.match(self.text, m.end()):
                last = None  # "Mrs Toma said", "Ana Toma said she was sorry": a person, no it
                continue
            last = m
        if last is None:
            return None
        brk = _SENTENCE_BREAK_RE.search(self.text, last.end(), offset)
        if brk is not None:
            for w in _THE_BODY_RE.finditer(self.text, brk.end(), offset):
                if w.group(1).lower() in ORG_NOUNS or w.group(1).lower() in BODY_HEADS:
                    return None  # "None of this has dimmed the government's ambitions": a body since
        if brk is not None and self._other_name_since(last.group(1), brk.end(), offset):
            return None  # "Harlow Steel said … \n\nA rival, Velmar Metals, is doing better. "…," it said"
        start = 0
        for b in _SENTENCE_BREAK_RE.finditer(self.text, last.end(), offset):
            start = b.end()
        if start and not any(c in _QUOTE_MARKS for c in self.text[start:offset]):
            # an it opening its own sentence may be a thing the body spoke of that can say
            # words itself: "The ministry said the new law takes effect in May. It says
            # drivers must carry "proof of insurance"" (not the body's "in a statement")
            for w in _WORD_LOW_RE.finditer(self.text, last.end(), offset):
                if w.group() in _SAYING_THINGS and _inside(self._outside(), w.start()) and not _IN_A_RE.search(
                    self.text, w.start() - 20 if w.start() > 20 else 0, w.start()
                ):
                    return None
        name = last.group(1)
        if name[:1].islower():
            return self.role("the " + name, last.start(1))
        part, key, _, _ = _named_mention(name)
        known = self._find_named(list(part), key)
        if known is not None and (self.entities[known].gender or not self.entities[known].org and self._gendered(known)):
            return None  # a person the text has called he or she
        idx = self.named(name, last.start(1), known)
        self.entities[idx].org = True
        return idx

    def _other_name_since(self, body: str, lo: int, offset: int) -> bool:
        """Whether a run of two or more capitals outside quotes in [lo, offset) names something
        other than `body` that an it may be ("Velmar Motors, its biggest customer,"; "Rival
        Velmar Metals"): not the body again, nor a person by a title or by a description
        after the name ("Jo Penn, the chief executive,")."""
        own = set(body.split())
        text = self.text
        for run in _CAPITAL_RUN_RE.finditer(text, lo, offset):
            words = run.group().split()
            while words and (words[0].lower() in DISCOURSE or words[0].lower() in DETERMINERS or words[0].lower() in _PERSON_OPENERS):
                words = words[1:]  # "In London", "The Velmar …", "Its Velmar …"
            if len(words) < 2 or all(w in own for w in words) or not _inside(self._outside(), run.start()):
                continue
            if words[0].lower().rstrip(".") in TITLES or words[0].lower().rstrip(".") in _HONORIFICS:
                continue  # "Mrs Ana Toma": a person
            role = _ROLE_APPOSITION_RE.match(text, run.end())
            if role is not None and role.group(1).lower() in ROLE_NOUNS:
                continue  # "Jo Penn, the chief executive,": a person
            return True
        return False

    def _gendered(self, idx: int) -> bool:
        """Whether a named entity's aliases carry a title of one sex ("Mrs Lind")."""
        return any(_gender_from_title(a.split()) for a in self.entities[idx].aliases)

    def _may_name_someone(self, at: int, offset: int, gendered: bool) -> bool:
        """Whether _Persons may list a person in (at, offset) that the candidates put
        before a subject at `at`: every person it lists starts outside quotes with a
        capital, or (a surname searched for in the whole text) with an Arabic article
        joined to a name. For a he or she, the persons in the subject's own sentence come
        after it (see _subject_first): only those after the sentence's end count."""
        text = self.text
        lo = at + 1
        if gendered:
            m = _SENTENCE_BREAK_RE.search(text, at, offset)
            if m is None:
                return False
            if lo < m.end():  # (a test, not max(): a call to max or min costs more here)
                lo = m.end()
        spans = self._outside()
        k = bisect.bisect_right(spans, (lo, _FAR)) - 1
        if k < 0:
            k = 0
        capital, joined = _ANY_CAPITAL_RE.search, _ARTICLE_JOINED_RE.search
        while k < len(spans) and spans[k][0] < offset:
            a, b = spans[k]
            if a < lo:
                a = lo
            if b > offset:
                b = offset
            if a < b and (capital(text, a, b) is not None or joined(text, a, b) is not None):
                return True
            k += 1
        return False

    def _subject_first(self, cands):
        """Newest first, but a name standing later in the sentence of the newest subject
        ("the manager said Darrow was 'touch and go'") comes after that subject: a he or
        she in the next sentence is mostly the one who spoke."""
        for k, (off, ent, _) in enumerate(cands):
            if ent is not None:
                break
        else:
            return cands
        if k == 0:
            return cands
        # text[off:c] holds a sentence break for a newer c when the first break after off
        # ends at or before c: at each place a break has one length, and none starting
        # later ends sooner
        m = _SENTENCE_BREAK_RE.search(self.text, off, cands[0][0])
        brk = _FAR if m is None else m.end()
        # the others before the subject, newest first (sorted so): those from brk on, then
        # the later ones in its sentence, which go after it
        j = 0
        while j < k and cands[j][0] >= brk:
            j += 1
        if j == k:
            return cands
        return cands[:j] + [cands[k]] + cands[j:k] + cands[k + 1 :]

    def _indefinite_subject_before(self, offset: int, after: int) -> re.Match | None:
        """The last indefinite person opening a sentence as its subject ("Another
        resident, …, said") in the 600 characters before `offset`, after `after`."""
        lo = offset - 600 if offset > 600 else 0
        if after >= lo:
            lo = after + 1
        # Each capital A or O (found as str.rfind finds a character, far faster than a
        # regex search tests each one), from the last back, that opens a sentence; the
        # regex tried there. (No match holds a capital but its first: they cannot overlap.)
        text, rfind = self.text, self.text.rfind
        last = None
        # (a person the text says goes unnamed is followed by "who …", with or without a
        # comma: where the window has none, neither that regex nor a "The" need be tried)
        unnamed = text.find(" who ", lo, offset) != -1
        # (each regex opens with "A ", "An ", "Another ", "One " or "The ": the last two
        # looked for whole, an A's next letters tested before anything else)
        for opener in ("A", "One ", "The ") if unnamed else ("A", "One "):
            letter = opener[0]
            # (a "The" only before a clause saying the person goes unnamed)
            match = _ANONYMOUS_SUBJECT_RE.match if letter == "T" else _INDEFINITE_SUBJECT_RE.match
            at = rfind(opener, lo, offset)
            while at != -1 and (last is None or at > last.start()):
                # (a sentence that ends crediting someone else has no speaker for a subject,
                # with commas round its clause or none: "A teacher, who asked not to be
                # named, filed the complaint, Principal Rosa Diaz said.")
                if (letter != "A" or text.startswith(_A_OPENERS, at)) and _opens_sentence(text, at) and (m := match(text, at, offset) or (
                    _ANONYMOUS_SUBJECT_RE.match(text, at, offset) if unnamed and letter != "T" else None
                )) is not None and _inside(self._outside(), at) and not self._credited_to_another(m.end(), offset):
                    if unnamed and letter != "T" and m.re is _INDEFINITE_SUBJECT_RE and " as " in text[m.end() : m.end() + 80]:
                        # "A teacher at SK Nanga Semaru, who only wanted to be known as Cikgu
                        # Rina, said": the one name given, which the indefinite reading misses
                        a = _ANONYMOUS_SUBJECT_RE.match(text, at, offset)
                        if a is not None and a.group("given") is not None:
                            m = a
                    last = m
                    break
                at = rfind(opener, lo, at)
        return last

    def _credited_to_another(self, at: int, offset: int) -> bool:
        """Whether the sentence running on from `at` ends crediting someone else ("…, Principal
        Rosa Diaz said.", "…, said Capt. Lee Ford."): its unnamed subject is no speaker."""
        m = _SENTENCE_BREAK_RE.search(self.text, at, offset)
        if m is None:
            return False
        end = m.start()
        comma = self.text.rfind(", ", at, end)
        return comma != -1 and _TRAILING_CREDIT_RE.match(self.text, comma, end) is not None

    def _plural_subject_before(self, offset: int) -> re.Match | None:
        """The last plural subject opening a sentence before a verb of speech ("Analysts at
        Harlow Capital said") in the 600 characters before `offset`, outside quotes."""
        last = None
        for m in _plural_subjects(self.text, offset - 600 if offset > 600 else 0, offset):
            cv = SPEECH_VERBS.get(m.group(2))
            if cv is None and m.group(2) in ADVERBS:
                cv = SPEECH_VERBS.get(m.group(3))  # "Analysts at the bank also said"
            if cv is not None and cv[0] in ("past", "base") and _inside(self._outside(), m.start(1)) and (
                m.group(1).split(" ", 1)[0].lower() not in _OPENING_SUBORDINATORS  # "When analysts said …, prices fell"
            ):
                last = m
        return last

    def _another_they_since(self, after: int, offset: int) -> bool:
        """Whether, between a plural subject's sentence (ending after `after`) and the they's
        own sentence at `offset`, the text outside quotes may give the they another
        antecedent: a sentence of its own that opens outside a quote ("Protesters gathered
        outside.", "His parents waited outside.", "Sam Reyes, who uses they/them, was
        calmer."), or two people or a family beside the quoted person ("said Jo Okafor, who
        runs the shop with her husband")."""
        starts = [m.end() for m in _SENTENCE_BREAK_RE.finditer(self.text, after, offset)]
        for p in starts[:-1]:  # (not the they's own sentence: "In the paper, they write")
            while p < offset and self.text[p] in " \n":
                p += 1
            if p < offset and self.text[p] not in _QUOTE_OPENERS and _inside(self._outside(), p):
                return True
        lo = starts[0] if starts else offset
        for w in _WORD_LOW_RE.finditer(self.text, lo, offset):
            if w.group() in _COMPANY_WORDS and _inside(self._outside(), w.start()):
                return True
        return False

    def _one_named(self, idx: int | None) -> bool:
        """Whether an entity is one named person (no body, no group)."""
        if idx is None:
            return False
        e = self.entities[idx]
        return bool(e.name_tokens) and not e.org and not _acronym_plural(e.name_tokens[-1])

    def _fronted_indefinite_before(self, offset: int, after: int) -> re.Match | None:
        """The same after a place set before the subject: "At the civic hall, where 400
        people slept, a woman who did not give her name said …" (the sentence opening with
        a preposition of place, the person after its last comma)."""
        text = self.text
        lo = offset - 600 if offset > 600 else 0
        if after >= lo:
            lo = after + 1
        at = text.rfind(", a", lo, offset)
        while at != -1:
            # (the regex opens with "a ", "an " or "another ": most commas before an "a" open
            # another word, "and", "after", "according")
            m = _FRONTED_INDEFINITE_RE.match(text, at + 2, offset) if text.startswith(_A_OPENERS_LOW, at + 2) else None
            if m is not None and _inside(self._outside(), at):
                start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
                if text[start : text.find(" ", start, at)] in _FRONTED_PLACES and not any(c in text[start:at] for c in "\"“”"):
                    return m
            at = text.rfind(", a", lo, at)
        return None

    def _given_subject_opening(self, offset: int, g: str | None = None) -> tuple[int, int] | None:
        """A first name alone opening the pronoun's paragraph before a verb of speech, the
        one person's whose full name opens with it: "Guðrún says she will decide in the
        summer. "…," she said" (Icelandic copy, and features, call a person by the first
        name on second reference)."""
        text = self.text
        para = text.rfind("\n", 0, offset) + 1
        if text.startswith(("Her ", "His "), para):
            # "Her neighbour, Phurba, said the community … "…," he said": one name alone
            # given a relative's or a neighbour's place opens the paragraph (a husband is no
            # she: "His wife, Ann, said …" then "he said" is not hers)
            m = _KIN_NAME_OPENING_RE.match(text, para, offset)
            if m is None or not _inside(self._outside(), para):
                return None
            kin = m.group(1).lower()
            if (kin not in _KIN_SEX and kin not in _NEIGHBOURS) or (kin in _KIN_SEX and g is not None and _KIN_SEX[kin] != g):
                return None
            q = _QUOTE_OPEN_RE.search(text, m.end(), offset)
            if _NAME_MIDWAY_RE.search(text, m.end(), q.start() if q is not None else offset) is not None:
                # "Her friend, Tom, said the shop was struggling, but Hale was defiant. "…,"
                # she said": another the paragraph names before the quote may be the one
                return None
            return para, self.named(m.group(3), m.start(3))
        sp = text.find(" ", para, para + 24)
        if sp == -1 or not text[para : para + 1].isupper() or not text.startswith(_SAYS_WORDS, sp + 1):
            return None  # most paragraphs: no one-word name and its verb opening them
        word = text[para:sp]
        if not word.isalpha() or not _inside(self._outside(), para):
            return None
        idx = self._find_given_first(word, unique=True)
        return (para, idx) if idx is not None else None

    def _role_subject_before(self, offset: int) -> re.Match | None:
        """The last "The <role>" opening a sentence in the 600 characters before `offset`."""
        text, lo = self.text, (offset - 600 if offset > 600 else 0)
        at = text.rfind("The ", lo, offset)
        while at != -1:
            m = _ROLE_SUBJECT_RE.match(text, at)
            if m is not None and m.end() <= offset and _inside(self._outside(), at):
                return m  # (not "The chairman and I speak every week" inside a quote)
            at = text.rfind("The ", lo, at)
        return None

    def _pronoun_among(
        self, cands, g: str | None, plural: bool, body: bool = False, subjectish: bool = False, persons=(), lo: int = -1,
        hold: str | None = None,
    ):
        """The first fitting candidate among the first 12 from offset `lo` on; _UNDECIDED when
        none is. With `body` ("it"), only a body fits: "the bureau proposed measures it said
        were "…"" is no person's. A he or she passes over a name standing as an object
        ("whose daughter attends Little Acorns", "who played barmaid Shannon Tully") while an
        earlier candidate fits; and, while fewer than 12 are known from `lo` on, over a name
        standing as the object of the pronoun `hold` itself. `persons`: the persons among the
        candidates, in order, whose full names a surname found on its own may end (see
        _run_tail_read)."""
        deferred = []
        tried = 0
        for cand in cands:
            off, ent, toks = cand
            if off < lo:
                continue
            tried += 1
            if tried > 12:
                break
            if subjectish and ent is None and toks and _object_like(self.text, off):
                deferred.append(cand)
                continue
            if ent is None and toks is not None and len(toks) == 1:
                cand = _run_tail_read(self.text, cand, persons, g, self._run_tails)
            got = self._fits(cand, g, plural, body)
            if got is not _UNDECIDED:
                return got
        for cand in deferred:
            off, ent, toks = cand
            if hold is not None and lo >= 0 and tried < 12 and _object_of(self.text, off, hold):
                continue
            if ent is None and toks is not None and len(toks) == 1:
                cand = _run_tail_read(self.text, cand, persons, g, self._run_tails)
            got = self._fits(cand, g, plural, body)
            if got is not _UNDECIDED:
                return got
        return _UNDECIDED

    def _fits(self, cand, g: str | None, plural: bool, body: bool):
        """The entity a candidate stands for, if it fits the pronoun; else _UNDECIDED."""
        off, ent, toks = cand
        if body and not (self.entities[ent].org if ent is not None else toks and _names_body(toks)):
            return _UNDECIDED
        if body and (rel := _RELEASED_BY_RE.search(self.text, off - 60 if off > 60 else 0, off)) is not None and (
            doc := _DOCUMENT_RE.search(self.text, rel.start() - 40 if rel.start() > 40 else 0, rel.start())
        ) is not None and doc.group(3) in DOCUMENTS:
            # "The email, released by Judicial Watch, … "…," it reads": the email, not who
            # released it (a document only: "The hostage, released by the Arden Government, …": it is the body)
            return self.role(doc.group(1).lower() + " " + doc.group(2), doc.start())
        if g and ent is None and toks and _names_body(toks):
            return _UNDECIDED  # "the South-West Governors' Forum" is no "he"
        if ent is not None:
            e = self.entities[ent]
            if not plural and not e.name_tokens and _plural_head(e.display, not e.anonymous):
                # "some residents" is no "he" (but "a relative of the victims" is), nor "the
                # staff of the clinic", "the couple" or "the rest of the family" a "she"
                return _UNDECIDED
            if g and e.name_tokens and _acronym_plural(e.name_tokens[-1]):
                return _UNDECIDED  # "Kipsaina MCAs impeach Governor Chepkoech as she …": a group is no "she"
            if (e.org and g) or (g and e.gender and e.gender != g):
                return _UNDECIDED
            if g and not e.gender and not e.anonymous:
                e.gender = g
            return ent
        if toks is None or plural or not toks or (g and _acronym_plural(toks[-1])):
            return _UNDECIDED
        tg = _gender_from_title(toks)
        if tg is None and len(toks) == 1 and g and _TITLE_ENDS_RE.search(
            " ".join(self.text[off - 60 if off > 60 else 0 : off].rsplit(None, 3)[-3:]).lower()
        ):
            # a surname found on its own may still have its title before it: "Mrs Pryce"
            # (read only for a he or she, and only where one of the last three words before
            # it ends in a title: the first word of the run and the word before are such ends)
            run = _RUN_BEFORE.search(self.text, off - 60 if off > 60 else 0, off)  # "Shri Mahesh Tomar"
            before = _WORD_BEFORE_RE.search(self.text, off - 12 if off > 12 else 0, off)
            tg = _gender_from_title(run.group(1).split()[:1]) if run else None
            if tg is None and before:
                tg = _gender_from_title([before.group(1)])
        if g and tg and tg != g:
            return _UNDECIDED
        mention = " ".join(toks)
        known = given = _ASK
        if g:
            part, key, _, honorific = _named_mention(mention)
            known = self._find_named(list(part), key)
            if known is not None and self.entities[known].gender not in (None, g):
                return _UNDECIDED  # "Mrs Folasade Ogunleye" named again without her title is no "he"
        if self._covered(off):
            return _UNDECIDED  # "Helen Carraway, chief executive of Severn Vale Water, told …": an apposition
        if g and known is None and len(part) == 1:
            # "Kofi" after "Kofi Mensah", a "he" already: the person named() finds by the
            # given name is no "she" either (named() is given the answer, not asking again)
            given = self._find_given_first(part[0], unique=not honorific)
            if given is not None and self.entities[given].gender not in (None, g):
                return _UNDECIDED
        idx = self.named(mention, off, known, given)  # (nothing changed since those lookups)
        e = self.entities[idx]
        e.aliases = [a for a in e.aliases if a != mention] or e.aliases
        if g and not e.gender:
            e.gender = g
        return idx


_UNDECIDED = object()  # _pronoun_among found no fitting candidate
# "the company", "the firm": a body that speaks for a company; and words a company is called by
_FIRM_WORDS = {"company", "firm"}
# words before "secretary" that make it no cabinet's office
_NOT_CABINET = frozenset({"shadow", "general", "press", "permanent", "private", "party", "union", "branch", "executive",
                          "company", "club", "deputy", "assistant", "under", "parliamentary", "national", "joint",
                          "honorary", "principal", "social", "county", "district", "the", "a", "an", "former"})


def _cabinet_secretary(alias: str) -> bool:
    """Whether a mention titles its person a portfolio's secretary: "the transport secretary,
    Alasdair Penrose", "Health Secretary Ann Pell" (not "shadow transport secretary", "general
    secretary", "press secretary")."""
    words = alias.lower().replace(",", " ").split()
    return any(
        w == "secretary" and n > 0 and words[n - 1] not in _NOT_CABINET and words[n - 1].isalpha() and not (
            n > 1 and words[n - 2] in _NOT_CABINET - {"the", "a", "an"}
        ) for n, w in enumerate(words)
    )


# a name, then the words that hand it a role named next: "Tom Pell is the captain now",
# "Tom Pell became captain", "Tom Pell, the new captain," (see _role_taken_over)
_TAKEN_BEFORE_RE = re.compile(
    "(" + UPPER + r"[\w'’\-]+(?: " + UPPER + r"[\w'’\-]+){0,2})(?: (?:is (?:now )?|became |has become |"
    r"was (?:named|appointed|made) (?:as )?|takes over as |took over as )(?:the )?(?:new )?|, the new )$"
)


def _taken_for_a_time(text: str, start: int, end: int, linked: list[str]) -> bool:
    """Whether the sentence handing a role over (the name at start, the role's word ending
    at end) makes it a hypothesis or a past spell: "If Tom Pell became captain", "could",
    "… in 2019 and left in 2021", "… before Obi took over" (the first holder named again)."""
    s0 = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    s1 = text.find(".", end)
    before, after = text[s0:start].lower(), text[end : s1 if s1 != -1 else len(text)]
    if any(w in before for w in (" if ", "if ", " whether ", " unless ", " would ", " could ")):
        return True
    low = after.lower()
    return any(w in low for w in _SPELL_ENDS) or f" {linked[-1]}" in after


# the words that close a spell in a role or make it a wish: "became captain in 2019 and left"
_SPELL_ENDS = (" left", " until", " before ", " stepped down", " stood down", " quit", " resigned", " lost", " would ", " could ")
# the words a body is called by after its name: "the agency" (see _body_spoke_before)
_BODY_BACK_WORDS = frozenset({"agency", "organisation", "organization", "body", "company", "firm", "group"})
# the head words of a public body's name that "the agency" may stand for
_AGENCY_HEADS = frozenset({"commission", "administration", "service", "bureau", "authority", "board", "office",
                           "inspectorate", "directorate", "agency"})
_AIRLINE_WORDS = frozenset({"airline", "carrier"})  # "the airline said": the airline that spoke nearby
_AIRLINE_ENDS = frozenset({"air", "airlines", "airways", "aviation", "jet", "express", "airline"})
_MAKER_WORDS = {"maker", "carmaker", "chipmaker", "rival", "operator", "carrier", "lender", "insurer", "retailer",
                "producer", "developer", "giant", "conglomerate", "affiliate", "subsidiary", "supplier", "startup"}
# bodies that are no company: "The European Commission said …"
_NOT_FIRM_ENDS = {"department", "commission", "committee", "council", "ministry", "agency", "administration", "office",
                  "bureau", "party", "union", "league", "federation", "university", "college", "school", "hospital",
                  "museum", "forum", "chamber", "club", "society", "foundation", "institute", "coalition", "alliance",
                  "association", "court", "government", "parliament", "police"}
_ANOTHER_NAME_RE = re.compile(r"(?<=[\w,;] )" + UPPER + r"[\w'’\-&.]*")
_QUOTE_OR_BREAK_RE = re.compile(r"[\"“”]|[.!?](?: |$)|\n| -- | — ")


def _names_another(text: str, lo: int, hi: int) -> bool:
    """Whether the words after a company's verb of speech, to the end of their sentence (or a
    quote, a dash), name another body or person: "Brightline Research said Tovel Chem would cut
    jobs. "…," the company said" may be Tovel Chem's answer (a place is no other: "a plant in
    Seoan, South Chungcheong Province")."""
    end = _QUOTE_OR_BREAK_RE.search(text, lo, hi)
    stop = end.start() if end is not None else hi
    place = False
    for w in _ANOTHER_NAME_RE.finditer(text, lo, stop):
        word = w.group().rstrip(".").replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        before = text[max(lo, w.start() - 12) : w.start()].split()[-1:]
        b = before[0] if before else ""
        if b.lower() in _PLACE_PREPOSITIONS or (place and (b.endswith(",") or b[:1].isupper())):
            place = True  # "in Seoan, South Chungcheong Province"
            continue
        place = False
        if word.lower() not in NON_NAMES and not _acronym_plural(word):
            return True
    return False


# a name, perhaps set off by an apposition, before a verb of speech
# the last words of companies' names that name what they make ("Brightwell Home Appliances")
_FIRM_NAME_ENDS = frozenset({"appliances", "electronics", "products", "brands", "technologies", "solutions",
                             "enterprises", "labs", "laboratories", "pharma", "foods", "motors", "industries"})
_FIRM_SUBJECT_RE = re.compile(
    "(" + UPPER + r"[\w'’\-&.]*(?: " + UPPER + r"[\w'’\-&.]*){0,4})(?:(?:, [^,.\"“”]{1,80}){1,2},)? (?:said|says|announced)\b"  # (", based in Ferncastle, Ohio, said")
)


_PLURAL_HEADS = {"people", "police", "children", "men", "women"}
# a head that names a group though it is singular: "a group of neighbours", "the rest of the family"
_GROUP_HEADS = {"group", "crowd", "family", "team", "coalition", "number", "handful", "majority", "minority",
                "couple", "pair", "dozen", "host", "band", "panel", "delegation", "staff", "crew", "rest", "bunch"}


def _document(words: list[str]) -> bool:
    """Whether lowered words name a document by its noun ("a 2014 House committee report",
    "the stewards' decision document"), not a person tied to one by a link ("the chair of
    the inquiry", "a source close to the investigation", "one named in the indictment")."""
    if not words or words[-1] not in DOCUMENTS:
        return False
    for w in words[:-1]:
        if w in ROLE_LINKS or w in CLOSE_TO or w == "named" or w == "by":
            return False
    return True


def _role_owner(mention: str, role: str) -> str | None:
    """The country that owns a role in `mention`, by its first letters: "India's prime
    minister" and "the Indian prime minister" both "ind"; None without a possessive or a
    nationality's adjective right before the role."""
    at = mention.lower().find(" " + role)
    if at <= 0:
        return None
    w = mention[mention.rfind(" ", 0, at) + 1 : at]
    if not w[:1].isupper():
        return None
    low = w.lower()
    if low.endswith(_POSSESSIVE_ENDS):
        low = _unpossessed(w).lower()
    elif low not in NATIONALITY_ADJECTIVES:
        return None
    return "fra" if low == "french" else low[:3]  # (France's, French; Britain's, British)


def _demonym(mention: str) -> bool:
    """"the German", "the young Spaniard", "the South African": a person by country."""
    words = mention.split()
    if len(words) < 2 or words[0].lower() != "the":
        return False
    n = 1
    while n < len(words) - 1 and words[n].islower():
        n += 1  # ("the young Spaniard")
    return " ".join(words[n:]).lower() in DEMONYMS


def _plural_head(display: str, definite: bool = False) -> bool:
    """Whether a description's head is plural: the word before its first link ("relative"
    in "a relative of the alleged victims", "Sources" in "Sources close to the star"),
    else its last word; a group before a link counts ("a group of neighbours"), and with
    `definite` a group on its own ("the couple", "the crew", but not "the host"). A head
    in -ss is one person: "a witness", "the actress"."""
    words = display.split()
    head = words[-1]
    linked = False
    for n in range(1, len(words) - 1):
        if words[n] in ROLE_LINKS or words[n] in CLOSE_TO:
            head = words[n - 1]
            linked = True
            break
    head = head.lower()
    return (head.endswith("s") and not head.endswith("ss")) or head in _PLURAL_HEADS or (
        (linked or definite) and head in _GROUP_HEADS and head != "host"
    )


def _in_phrase_before(before: str, at: int) -> bool:
    """Whether the name at `at` of `before` is the object of a preposition or a verb (a word in
    lower case just before it, or "the" after one): "in the United States, "."""
    words = before[:at].split()[-2:]
    if words and words[-1].lower() in DETERMINERS:
        words = words[:-1]
    return bool(words) and words[-1].islower() and words[-1].isalpha()


def _acronym_plural(word: str) -> bool:
    """A plural of capitals: "MCAs", "MPs", "TDs" (a group, never one person's name)."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper()
# "known across the docks simply as ", "popularly known as ", "nicknamed ": a nickname follows
# one word of letters and digits in brackets, after a space: " (Fenaedu)", " (MCDF)"
_BRACKETED_RE = re.compile(r" \(([^\W\d_][^\W_]{1,11})\)")
# the capitalised words before a short form in brackets, with the small words of a body's
# name between them: "Federación Nacional de Educadores (Fenaedu)"
_LONG_FORM_BEFORE_RE = re.compile(
    UPPER + r"[\w'’\-]*(?: (?:" + UPPER + r"[\w'’\-]*|of|for|and|the|de|del|des|du|la|le|van|von|on))*$"
)
_KNOWN_AS_RE = re.compile(r"(?:known\b[^.\n]{0,40}?\bas|nicknamed|dubbed) [\"“‘']?(" + UPPER + r"[\w'’\-]*)(?![\w'’\-])")
# where a person _Persons lists may start: a capital, or an Arabic article joined to a name
# (two regexes, each of which the regex engine can skip through to a character that may
# open it: "UPPER|article" has no such first character, and is tried at every place)
_ANY_CAPITAL_RE = re.compile(UPPER)
_ARTICLE_JOINED_RE = re.compile(_ARTICLE_JOINED)
# A text of Latin-1 as bytes with each capital an "A" (65): the shape _name_runs searches
_RUN_SHAPES = bytes(65 if _ANY_CAPITAL_RE.match(chr(b)) else b for b in range(256))
# Where in such a shape a NAME_RUN_RE match may start (every such place, and a few more): a
# capital, a word's characters, a gap (a space, or a full stop and a space) and then a
# capital, a quote mark (a nickname's), or a connector or an Arabic article with a space or
# a hyphen after it. It opens with a literal, which the regex engine skips to at once;
# only the "A" is taken, so that no capital after it goes untried.
_RUN_START_RE = re.compile(
    b"A(?=["
    + re.escape(bytes(b for b in range(256) if re.match(r"[\w'\-]", chr(b))))
    + b"]*+\\.? (?:[A\"']|(?=["
    + "".join(sorted({w[0] for w in NAME_CONNECTORS | set(_ARTICLES)})).encode("latin-1")
    + b"])(?:"
    + _branches(NAME_CONNECTORS | set(_ARTICLES)).encode("latin-1")
    + b")[ \\-]))"
)


def _past_role_words(words: list[str]) -> list[str]:
    """`words` without the role words opening them, while two words are left: "farmer
    Ernesto Calimlim" -> "Ernesto Calimlim", "retired teacher Ann Hosken" -> "Ann Hosken"."""
    k = 0
    while len(words) - k > 2 and words[k].islower() and (
        words[k] in ROLE_NOUNS or words[k] in NAME_ROLES or words[k] in ROLE_ADJECTIVES
    ):
        k += 1
    return words[k:]


def _named_apposition(text: str, at: int) -> bool:
    """A name in apposition at `at`: ", farmer Ernesto Calimlim," (the person a he or she
    after "Another resident, farmer Ernesto Calimlim, said" is, not "another resident")."""
    if text[at : at + 1] == " ":
        at = _past_where(text, at)
    if text[at : at + 2] != ", ":
        return False
    end = text.find(",", at + 2, at + 60)
    if end == -1:
        return False
    words = _past_role_words(text[at + 2 : end].split())
    return 2 <= len(words) <= 4 and all(_capital(w) for w in words)


_FRONTED_LINKS = {"by", "to", "with", "from"}
# (and a place's: "In Leeds, the minister said", "Speaking to reporters in Leeds, the
# minister said": the place is where, the role the subject)
_FRONTED_PLACE_LINKS = _FRONTED_LINKS | {"in", "at", "on", "near", "outside", "inside", "across", "throughout"}


def _past_where(text: str, at: int) -> int:
    """Where the comma after a short phrase of where or whom in lower case at `at` stands
    (" in the port", " at the mine", " for the drivers"), the apposition after it being
    the description's ("A union leader in the port, Sam Oduya, said"); `at` for none."""
    c = text.find(", ", at, at + 40)
    if c == -1:
        return at
    words = text[at + 1 : c].split()
    if 2 <= len(words) <= 4 and words[0] in _WHERE_WORDS and text[at + 1 : c].islower() and "\n" not in text[at:c] and (
        words[-1] not in _NAMED_THINGS and not (words[0] in ("of", "with") and words[-1] in ORG_NOUNS)
    ):  # (not a place's or a work's name: "A union leader in the capital, Westmark City, said"; nor a
        # body's after its "of" or "with": "An official with the agency, Parks Canada, said")
        return c
    return at


_WHERE_WORDS = frozenset({"in", "at", "from", "on", "of", "for", "with"})


def _fronted_object(before: str, name_at: int, text: str, after: int) -> bool:
    """Whether the name ending `before` at `name_at` is the object of a phrase set before
    the sentence's subject, the description after the comma being that subject with its
    verb of speech: "In a letter seen by Addis Standard, the company told …", "Speaking
    to the Herald, the minister said …" (not "a study by Ann Cole, the economist, …")."""
    words = before[:name_at].split()[-5:]
    if words and words[-1].lower() == "the":
        words = words[:-1]
    titled = 0
    while len(words) > 1 and titled < 3 and (words[-1][:1].isupper() or words[-1].lower() in ROLE_NOUNS) and (
        words[-2].lower() in _FRONTED_PLACE_LINKS or words[-2][:1].isupper() or words[-2].lower() in ROLE_NOUNS
    ):
        # "Under cross-examination by Assistant District Attorney Renee Okafor, the
        # defendant was …", "by prosecutor Renee Okafor,": the name's titles, after the link
        words = words[:-1]
        titled += 1
    if words and words[-1][-1:] == "," and "ing " in before:
        # "Speaking to the mayor of Leeds, Ann Obi, the minister said": the name set off
        # after the participle's object is that object's, in the fronted phrase too
        comma = before.rfind(",", 0, name_at)
        start = max(before.rfind(". ", 0, comma), before.rfind("\n", 0, comma)) + 1
        opening = before[start:comma].split()[:2]
        if not (len(opening) == 2 and opening[0][-3:] == "ing" and opening[0][:1].isupper() and opening[1] in _FRONTED_LINKS and (
            "," not in before[start:comma]
        )):
            return False
    elif not words or words[-1].lower() not in _FRONTED_PLACE_LINKS:
        # (the name's run may open with the capitalised preposition itself: "In Leeds, ")
        if before[name_at : name_at + 11].split(" ", 1)[0].lower() not in _FRONTED_PLACE_LINKS:
            return False
    verb = text[after + 1 : after + 14].split(" ", 1)[0].rstrip(":,.") if text[after : after + 1] == " " else ""  # ("said:", "reported.")
    # (or the description's own name follows it: "Speaking to The Portugal News, the mayor of
    # Vilarinho, Custódio Valadares, said …" names the mayor after, not before; or another
    # verb of its own follows: "Under questioning by Renee Okafor, the defendant was shown …")
    # (not after "according to": "According to Ann Lee, the council would call it a
    # "disaster"" is hers, the whole clause her claim)
    return verb in SPEECH_VERBS or _role_named_after(text, after) or verb in _FRONTED_AUX and not (
        before[:name_at].rstrip().lower().endswith("according to") or [w.lower() for w in words[-2:]] == ["according", "to"]
    )


_FRONTED_AUX = frozenset({"was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "did"})


def _role_in_phrase(text: str, at: int) -> bool:
    """Whether the role at `at` ("the " before it) is set in apposition after a name, or is
    the object of a preposition: "to Tom Hale, the prime minister", "to the minister"."""
    before = text[at - 60 if at > 60 else 0 : at]
    if before.endswith((", the ", ", a ")):
        m = _NAME_BEFORE.search(before)
        return m is not None and before[m.start() : m.start() + 11].split(" ", 1)[0].lower() not in _FRONTED_PLACE_LINKS
    words = before.split()[-2:]
    return len(words) == 2 and words[1].lower() in ("the", "a") and words[0].lower() in _FRONTED_PLACE_LINKS


def _role_named_after(text: str, at: int) -> bool:
    """Whether the role opening a sentence that ends at `at` ("The president", "The
    president of the Gahororo traders' cooperative") is followed, within its phrase, by
    the name in apposition of the one who speaks: ", Théoneste Bizimana, said". Not when
    the comma is not the phrase's own ("The chairman thanked Ann Lee, Tom Roe, and …")."""
    if text.startswith(", ", at):
        p = at
    elif text.startswith((" of ", " for ", " at "), at):
        p = text.find(", ", at, at + 60)
        if p == -1 or "." in text[at:p]:
            return False
    else:
        return False
    if not _named_apposition(text, p):
        return False
    end = text.find(",", p + 2, p + 60)
    if _names_body(text[p + 2 : end].split()):
        return False  # "The chief executive of the lender, Harlow Bank, said": the lender's name
    verb = text[end + 2 : end + 14].split(" ", 1)[0]
    return verb in SPEECH_VERBS


# the words that put a role in a phrase after another person's ("a lawyer for the victim")
_INDEFINITE_LINKS = frozenset({"for", "of", "to", "with", "from", "at", "by", "on", "in", "against", "about"})


def _last_indefinite(text: str, lo: int, hi: int, core: str, low: bytes | None = None) -> tuple[int, int] | None:
    """The span of the last match in text[lo:hi] of "a", "an" or "one", up to three words,
    then `core` (in lower case), as finditer would find them with the regex
    \\b(?:an?|one) ((?:[\\w'’\\-]+ ){0,3})CORE\\b under re.I; for an ASCII core in text
    without _RE_I_ODD, where re.I compares as lower() does. Found without compiling a
    regex for each core (a new one costs about a tenth of a millisecond): each determiner
    in turn, its words tried three first (the group is greedy), and the next search going
    on from a match's end (finditer's matches do not overlap). Given the text's
    ascii_lowered() as `low`, only the determiners that may open a match are read: those
    in the stretches before each use of the core (see _indefinite_stretches)."""
    n = len(core)
    core_word_end = core[-1:].isalnum() or core[-1:] == "_"
    last = None
    resume = lo
    word = _WORD_SPACE_RE.match
    if low is None:
        determiners = _DETERMINER_RE.finditer(text, lo, hi)
    else:
        dets = _DETERMINER_RE.finditer
        determiners = (d for a, b in _indefinite_stretches(text, low, lo, hi, core) for d in dets(text, a, b))
    for d in determiners:
        if d.start() < resume:
            continue
        places = [d.end()]  # where the core may start: after 0, 1, 2 or 3 words
        while len(places) < 4:
            w = word(text, places[-1], hi)
            if w is None:
                break
            places.append(w.end())
        for at in reversed(places):
            e = at + n
            if e <= hi and text[at:e].lower() == core:
                after = text[e] if e < hi else ""
                if core_word_end != (after.isalnum() or after == "_"):  # \b at the core's end
                    last = (d.start(), e)
                    resume = e
                    break
    return last


def _indefinite_stretches(text: str, low: bytes, lo: int, hi: int, core: str) -> list[tuple[int, int]]:
    """The stretches of text[lo:hi] where a determiner opening a match of _last_indefinite
    may stand, by the uses of the core in `low` (the text's ascii_lowered(): for an ASCII
    core in text without _RE_I_ODD it has every use lower() has, and perhaps more, which
    only add stretches): a match ends in a use after a space, after at most three words,
    each followed by one space, and a determiner of four characters at most, so it opens
    after the fourth space back from the use, less those four characters, and ends by the
    use's start.
    Stretches that meet are joined; a determiner outside them opens no match, and one in
    them is found there as in the whole span (determiners do not overlap)."""
    key = core.encode()
    stretches: list[tuple[int, int]] = []
    use = low.find(key, lo, hi)
    while use != -1:
        if low[use - 1 : use] != b" ":
            # (a match's core follows its determiner's or its last word's space: not the
            # "man" of "woman" or "human")
            use = low.find(key, use + 1, hi)
            continue
        start = use
        for _ in range(4):
            start = text.rfind(" ", lo, start)
            if start == -1:
                break
        start -= 3
        if start < lo:
            start = lo
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], use)
        else:
            stretches.append((start, use))
        use = low.find(key, use + 1, hi)
    return stretches


# (see _last_indefinite) the letters re.I matches to an ASCII letter that lower() does not
# make it (İ, ı and ſ; and K, for safety, whose lower() is k)
_RE_I_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")


def _has_re_i_odd(s: str) -> bool:
    # (the four tests written out: a generator over _RE_I_ODD costs more; the last text's
    # answer kept, as _indefinite_before asks it of the same text again and again, and each
    # test reads the whole of a text beyond Latin-1)
    global _RE_I_ODD_LAST
    last = _RE_I_ODD_LAST  # (one tuple, read and replaced whole: safe across threads)
    if last[0] is s:
        return last[1]
    odd = "\u0130" in s or "\u0131" in s or "\u017f" in s or "\u212a" in s
    _RE_I_ODD_LAST = (s, odd)
    return odd


_RE_I_ODD_LAST: tuple[str | None, bool] = (None, False)


# = \b(?:an?|one) with re.I, the word boundary a look-behind after the first letter (a
# regex opening with a set is searched for it, not tried at every character)
_DETERMINER_RE = re.compile(r"[aA](?<!\w.)[nN]? |[oO](?<!\w.)[nN][eE] ")
_WORD_SPACE_RE = re.compile(r"[\w'’\-]+ ")


_WORD_BEFORE_RE = re.compile(r"(\w+)\.? $")
# = [.!?]["”’']? |\n, written to open with a set of characters the regex engine skips to
_SENTENCE_BREAK_RE = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’']? )")
# what may stand before a subject's name in its sentence: a fronted phrase, then "the …," an
# apposition naming the role, then capitalised words (its title): "For his part, the Head
# Coach of Harbour Stars, Coach Francis Tetteh-Lartey, blamed …"
_SUBJECT_PREFIX_RE = re.compile(
    r"(?:(?:For (?:his|her|their) part|On (?:his|her|their) part|Meanwhile|However|But|And|Later|Afterwards),? )?"
    r"(?:[Tt]he [^.,;\"“”\n]{1,60}, )?(?:[A-Z][\w.\-’']* ){0,4}"
)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether `at` opens a line or follows the end of a sentence: ". ", or ".” " with a
    quote's closing mark."""
    if at == 0 or text[at - 1] == "\n":
        return True
    if text[at - 1] != " " or at < 2:
        return False
    c = text[at - 2]
    return c in ".!?" or (c in "\"”’" and at >= 3 and text[at - 3] in ".!?")


_ASK_WORDS = frozenset({"ask", "asked", "asks"})


def _named_before(text: str, word: str, at: int) -> bool:
    """Whether `word` ended a person's name of two capitalised words in the 2,000
    characters before `at` ("Gareth Pennock," before "Pennock bought striker …"): one
    look-up, bounded."""
    j = text.rfind(word, at - 120 if at > 120 else 0, at)  # the word itself, opening the sentence
    if j <= 0:
        return False
    i = text.rfind(" " + word, j - 2000 if j > 2000 else 0, j)
    if i <= 0:
        return False
    end = i + 1 + len(word)
    if end < len(text) and (text[end].isalnum() or (text[end] == " " and text[end + 1 : end + 2].isupper())):
        return False  # (inside a longer name: "Federal Aviation Administration")
    k = text.rfind(" ", 0, i)
    prev = text[k + 1 : i]
    return prev[:1].isupper() and prev.isalpha()
# past verbs, not ending in -ed, that take a person as object: "Rovers sold striker Dean Mallory"
_OBJECT_VERBS = frozenset({"told", "met", "lost", "sold", "beat", "left", "brought", "sent", "led", "saw", "kept",
                           "hit", "let", "made", "gave", "took", "found", "paid", "held", "put", "won", "caught",
                           "thank", "meet", "ask", "call", "hire", "fire", "sign", "back", "praise", "name"})


_AS_AUX = frozenset({"has", "have", "had", "once", "long", "so", "often", "famously", "recently", "rightly", "also"})
_AS_STATING = frozenset({
    "argued", "argues", "noted", "notes", "said", "says", "written", "wrote", "writes", "put", "puts", "observed",
    "observes", "pointed", "points", "warned", "warns", "suggested", "suggests", "explained", "explains", "remarked",
    "told", "tells", "contended", "contends", "claimed", "claims", "shown", "showed", "shows", "documented", "stressed",
})


def _as_stating(text: str, at: int) -> bool:
    """Whether the name at `at` is followed by a verb of saying or arguing: "(As the
    economist) Hamish Nunn has argued", "Tom Hale put it"."""
    words = text[at : at + 80].split()
    n = 0
    while n < len(words) and words[n][:1].isupper():
        n += 1  # the name
    while n < len(words) and words[n] in _AS_AUX:
        n += 1
    return n < len(words) and words[n].rstrip(",") in _AS_STATING


def _object_of(text: str, at: int, pronoun: str) -> bool:
    """Whether the name at `at` is the object of a clause whose subject is `pronoun` in its
    own sentence: "Has he told Fairweather that?", "she thanked Ines Marchbank"."""
    lo = at - 60 if at > 60 else 0
    seg = text[lo:at]
    cut = max(seg.rfind(". "), seg.rfind("? "), seg.rfind("\n"))
    seg = " " + seg[cut + 1 :].lower() + " "
    return (" " + pronoun + " ") in seg


def _object_like(text: str, at: int) -> bool:
    """Whether the name at `at` stands after a verb or a preposition (an object), not at the
    start of a sentence or clause: "attends Little Acorns", "engaged to footballer Dean
    Mallory" (titles and roles before the name are passed over)."""
    lo = at - 80 if at > 80 else 0  # (tests, not max(): see _may_name_someone)
    line = text.rfind("\n", lo, at)
    words = text[line + 1 if line >= lo else lo : at].split()
    # the rest of the name, its titles and roles: "attends Little Acorns" for "Acorns"
    role = False
    cut = None  # a name read from inside a word: "R.|K. Gopinath", "U.|S. Ravi Gopinath": the whole word
    if at > 0 and words and not text[at - 1].isspace():
        sp = text.find(" ", at, at + 6)
        cut = words[-1] + text[at:sp] if sp != -1 else ""
    while words:
        w = words[-1]
        if w.lower() in _ROLE_WORDS:
            role = True
        elif not ((w[:1].isupper() or (w[:1] in "abdeilot" and ("-" in w or "'" in w or "’" in w) and PREFIXED_NAME.match(w) is not None)) and (
            w[-1:].isalnum() or (w[-1:] in "'’" and w[-2:-1] == "s") or _initials(w if cut is None else cut)
        )) and not (
            w[:1] == "(" and w[-1:] == ")" and w[1:-1].isupper()
        ):  # (a name's word may open with its article: "Wied il-Ħarrub mayor Josianne Cassar Spiteri")
            # (an acronym in brackets goes with its role: "Upazila Nirbahi Officer (UNO) Farhana
            # Yasmin"; and a plural's possessive inside a body's name: "Tobacco Growers' Union")
            break
        words.pop()
        cut = None
    if words and (words[-1] == "of" or words[-1] == "and" or words[-1] == "for") and not role:
        sp = text.rfind(" ", at - 30 if at > 30 else 0, at - 1)
        if sp > 0 and text[sp + 1 : at - 1] in _PORTFOLIO_CAPS and (office := _office_before_portfolio(text, sp + 1)) >= 0:
            # "Minister of Finance Rasa Vaitkūnienė said": the office and its portfolio before
            # the name are read as one title
            return _object_like(text, office)
    # a role's own modifiers: "dairy farmer", "former senior carer"
    if role:
        modified = False
        field = True  # every modifier a portfolio's word: "transport researcher", "housing advocate"
        verbal = False  # a modifier that may be a verb: "Pennock (also) defended goalkeeper Nowicki"
        for _ in range(2):
            if words and words[-1].islower() and words[-1][-1:].isalpha() and words[-1] not in _CLAUSE_WORDS and words[-1] not in DETERMINERS:
                m = words.pop()
                if m not in _PORTFOLIO_WORDS:
                    field = False
                modified = True
                if m.endswith(("ed", "s")) or m in ADVERBS or m in _OBJECT_VERBS:
                    verbal = True
        if modified and field and words and words[-1][:1].isupper():
            # "Sydney transport researcher Helen Okafor", "University of Sydney housing
            # advocate …": the place or body whose field it is, opening the phrase (a field's
            # noun is no verb: "Pennock also defended goalkeeper Nowicki" keeps its object)
            k = len(words)
            while k and (words[k - 1][:1].isupper() and words[k - 1][-1:].isalnum() and (
                words[k - 1].lower() not in DISCOURSE  # ("Like housing advocate Helen Okafor, Raman said": an object)
            ) or words[k - 1] == "of"):
                k -= 1
            if k < len(words) and words[k] != "of":
                del words[k:]
        # the body whose role it is, before the role's own words: "Coast Guard public
        # relations officer Dexter Ramlogan-Price" (its "Guard" no object of anything; the
        # word before the body still tells: "engaged to Premier League football coach …").
        # Only a body's head word: "Pennock also defended goalkeeper Nowicki" has a verb there.
        if modified and words and words[-1][:1].isupper() and (
            words[-1].lower() in BODY_HEADS or words[-1].lower() in INSTITUTION_WORDS or words[-1].lower() in ORG_NOUNS
        ):
            while words and words[-1][:1].isupper() and words[-1][-1:].isalnum():
                words.pop()
        # the role's owner: "Residents' association chairman Lim Chee Keong", "the
        # club's skipper Dena Voss" (a possessive and its article belong to the phrase)
        if words and words[-1].endswith(("'", "’", "'s", "’s")) and words[-1][:1].isalpha():
            words.pop()
            if words and words[-1].lower() in DETERMINERS:
                words.pop()
        elif words and words[-1].endswith("-year-old"):
            # "Twenty-three-year-old nursing student Aylin Demirtaş": an age spelled out
            # opens the phrase (with its article, if any)
            words.pop()
            if words and words[-1].lower() in DETERMINERS:
                words.pop()
        elif len(words) > 1 and words[-1] in ("the", "a", "an") and words[-2] == "As" and _as_stating(text, at):
            # "As the health economist Hamish Nunn has argued, …": the article opens the
            # phrase, and the as-clause's subject is no object (not "the same honour as the
            # striker Dean Mallory", "As the coach Dean Mallory left": a name compared, a
            # clause of time)
            return False
        if not verbal and words and words[-1][:1].isupper() and words[-1][-1:].isalpha() and words[-1].lower() not in DISCOURSE and (
            (len(words) == 1 and (line >= lo or lo == 0)) or (len(words) > 1 and words[-2][-1:] in ".!?")
        ):
            # "Aviation safety consultant Yvette Lamarre said …", "Watch manager Dean
            # Kettleby said": a capitalised word opening the sentence, no verb or preposition,
            # is the role's own first word (not "For consultant Yvette Lamarre, …"; nor a
            # surname the text gave before: "Pennock bought striker Dean Mallory")
            if not _named_before(text, words[-1], at):
                return False
    if not words:
        return False
    w = words[-1]
    if w[-1:] in ".!?,;:—–-\"“”" or w[:1].isdigit():
        return False
    if w in _ASK_WORDS and len(words) > 1 and words[-2] in ("I", "we", "We"):
        return False  # "I ask Pruitt what she'd want …": the one the reporter asks answers next
    if w in _SUBORDINATORS and len(words) > 1 and words[-2][-1:] != "," and _named_opener(text, at):
        # "Mabaso, who came in after Luvuyo Ntsebeza pulled a hamstring, was modest": a
        # clause inside the sentence, whose subject a he or she passes over like an object
        # (not "After Ntsebeza pulled up, …" or "…, after Ntsebeza pulled up": one opening
        # the sentence or set off by a comma; and only in a sentence a person's name opens,
        # the subject the he or she is then: not "Two weeks after Clinton lost her cool, …"
        # or "it is surprising because Trump has …")
        return True
    if w == "that" and len(words) > 1 and words[-2] in _THAT_REPORTING and _named_opener(text, at) and _opener_seen(text, at):
        # "Villiers-Moss also confirmed that fast bowler Kieran Abbot-Lowe would miss …
        # "…," he said": a name inside what the sentence's named subject reported, passed
        # over like an object (not "Two weeks later it emerged that …": no name opens it;
        # nor a name the text has not written before, a club's or a new speaker's, "Manchester
        # United announced that Tom Reyes would join in July. "It is a dream," he said.")
        return True
    return w not in _CLAUSE_WORDS


# past verbs of reporting before "that" (see _object_like)
_THAT_REPORTING = frozenset({"said", "confirmed", "announced", "revealed", "added", "explained", "disclosed",
                             "told", "insisted", "admitted", "conceded", "warned", "noted", "stressed"})


def _initials(w: str) -> bool:
    """A name's initials, "R." or "R.K." (the name "defeated three-time MLA R. Gopinath"
    goes on through them; not a place's letters, "U.S.", which may end a sentence)."""
    n = len(w)
    return (n == 2 or (n == 4 and w[1] == "." and w[2].isupper())) and w[-1] == "." and w[-2].isupper() and (
        w[:-1].lower() not in PLACE_LETTERS
    )


def _opens_name(text: str, sp: int) -> bool:
    """Whether a given name whose space (or line start) is at `sp` opens the name: after a
    line or sentence start, a title or role ("captain Jaco"), not after another capitalised
    word or a preposition ("In Cape Town van Wyk said", "to Johannesburg van Wyk")."""
    if sp < 0 or text[sp] == "\n":
        return True
    b = text.rfind(" ", 0, sp)
    b = max(b, text.rfind("\n", 0, sp))
    prev = text[b + 1 : sp]
    if not prev or prev[-1:] in ".!?:;,\"“”'’(—–":
        return True
    low = prev.lower()
    if prev[:1].isupper():
        return _is_title(prev) or low in ROLE_NOUNS or low in NAME_ROLES or low.endswith(("'s", "’s"))
    return low not in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = {"in", "at", "to", "from", "of", "for", "near", "into", "outside", "across", "around", "by",
                       "on", "with", "via", "toward", "towards", "through", "visit", "visited", "visiting"}
# words after a name that close it as an object ("harm to Marcus Trotman on October 3", "wrote
# to Ann Lee and her lawyer"), where a verb would make it a subject ("to Lagos Obi told aides")
_AFTER_OBJECT = _PLACE_PREPOSITIONS | {"and", "or", "but", "who", "whom", "whose", "after", "before", "about", "over",
                                      "during", "last", "this", "as", "because", "while", "when", "since", "until"}


def _object_ends(text: str, end: int) -> bool:
    """Whether the name ending at `end` ends as an object does: punctuation after it, or a
    preposition or a conjunction, not a verb."""
    if text[end : end + 1] != " ":
        return True
    nxt = text[end + 1 : end + 16].split(" ", 1)[0].rstrip(",.;:")
    return nxt in _AFTER_OBJECT


def _opener_seen(text: str, at: int) -> bool:
    """Whether the first word of the sentence holding `at` (see _named_opener) is a word the
    text has written before that sentence: a speaker it returns to."""
    lo = at - 300 if at > 300 else 0
    s = max(text.rfind("\n", lo, at), text.rfind(". ", lo, at) + 1, text.rfind("? ", lo, at) + 1, text.rfind("! ", lo, at) + 1)
    first = text[s:at].split(None, 1)
    if s <= 0 or not first:
        return False
    f = first[0].strip("\"“‘'(").rstrip(",")
    k = text.rfind(f, 0, s)
    while k >= 0:
        if (k == 0 or not text[k - 1].isalnum()) and not text[k + len(f) : k + len(f) + 1].isalnum():
            return True
        k = text.rfind(f, 0, k)
    return False


def _named_opener(text: str, at: int) -> bool:
    """Whether the sentence holding `at` opens with a capitalised word that may be a name
    (Mabaso, not "Two", "As", "The", "It")."""
    lo = at - 300 if at > 300 else 0
    s = max(text.rfind("\n", lo, at), text.rfind(". ", lo, at) + 1, text.rfind("? ", lo, at) + 1, text.rfind("! ", lo, at) + 1)
    if s < 0 or (s == 0 and lo > 0):
        return False  # (no sentence start in reach)
    first = text[s:at].split(None, 1)
    if not first:
        return False
    f = first[0].strip("\"“‘'(").rstrip(",")
    low = f.lower()
    return f[:1].isupper() and low not in DISCOURSE and low not in NON_NAMES and low not in DETERMINERS and low not in _SUBORDINATORS


_ROLE_WORDS = ROLE_NOUNS | NAME_ROLES | TITLES | ROLE_ADJECTIVES
_SUBORDINATORS = {"after", "before", "because", "since", "until", "although", "though"}
_CLAUSE_WORDS = {"and", "but", "or", "while", "when", "as", "after", "before", "because", "that", "so", "then",
                 "though", "although", "if", "where", "since", "until", "whom", "said", "says",
                 "was", "is", "were", "are",  # (and "Among the strikers was José …": the subject, set last)
                 "named", "called", "nicknamed"}  # ("a medic named Ilona": someone brought in)


def titled(text: str, name: list[str], title: str, unranked: bool = False) -> bool:
    """Whether the text puts `title` right before the full name somewhere ("Chief Financial
    Officer Elena Sarkisova"); `unranked`, with no rank before the title (not "Vice Minister
    Aizhan Temirkhanova" for "minister")."""
    return any(
        title in window and not (unranked and window[: window.rfind(title)].endswith(_UNDER_RANKS))
        for window in _windows_before(text, name, 40)
    )


def _set_off_as(text: str, name: list[str], words: frozenset[str]) -> bool:
    """Whether a use of the full name is followed by a description set off in commas whose
    words, within three, include one of `words`: "Ann Lee, the victim, told jurors …"."""
    full = " ".join(name)
    at = text.find(full) if len(name) >= 2 else -1
    while at != -1:
        end = at + len(full)
        if text.startswith(", ", end) and not words.isdisjoint(text[end + 2 : end + 40].lower().replace(",", " ").split()[:3]):
            return True
        at = text.find(full, end)
    return False


def _windows_before(text: str, name: list[str], width: int) -> Iterator[str]:
    """The `width` characters before each use of a full name (of two words or more) in the
    text, lower-cased: where a title before the name would stand."""
    full = " ".join(name)
    at = text.find(full) if len(name) >= 2 else -1
    while at != -1:
        yield text[max(0, at - width) : at].lower()
        at = text.find(full, at + 1)


def _portfolio_titled(text: str, name: list[str], title: str) -> bool:
    """Whether the text puts `title` and a long portfolio before the full name, no rank
    before the title: "Minister of Water Resources and Irrigation Nurlan Bekzhanuly
    Tasmagambetov" (all the portfolio's words between)."""
    for window in _windows_before(text, name, 90):
        k = window.rfind(title + " ")
        if k != -1 and not window[:k].endswith(_UNDER_RANKS) and window.startswith(("of ", "for "), k + len(title) + 1) and all(
            w in PORTFOLIOS for w in window[k + len(title) + 1 :].split()
        ):
            return True
    # (or capitalised words before a portfolio's last word: "Minister of Territorial
    # Administration and Infrastructure Narek Ter-Avetisyan")
    full = " ".join(name)
    for m in re.finditer(re.escape(title.capitalize()) + r" (?:of|for) ((?:(?:" + UPPER + r"[\w'’\-]*|and|&|the|of) ){1,8})"
                         + re.escape(full) + r"\b", text):
        words = m.group(1).split()
        if words[-1].lower() in PORTFOLIOS and "and" in words and not text[max(0, m.start() - 14) : m.start()].lower().endswith(_UNDER_RANKS):
            return True
    return False


# the words that make an apposition's last noun another person's: "the wife of the mayor",
# "the lawyer representing the victim", "the man who shot the president"
_APPOSED_LINKS = _INDEFINITE_LINKS | {"the", "a", "an", "who", "that", "which", "whose"}


def _apposed(text: str, name: list[str], title: str, since: int, offset: int) -> bool:
    """Whether the text gives the full name `title` in an apposition after it, the title
    ending it and no rank in it, between `since` and `offset`: "Meas Sovanrith, the
    ministry's spokesman, told …" (not "Ann Hale, the deputy mayor," for "mayor")."""
    full = " ".join(name)
    at = text.find(full + ", ", since + 1, offset) if len(name) >= 2 else -1
    while at != -1:
        end = at + len(full) + 2
        comma = text.find(",", end, end + 50)
        if comma != -1:
            words = text[end:comma].lower().split()
            if len(words) >= 2 and words[0] in ("the", "a", "an") and words[-1] == title and not _RANKS.intersection(words) and not (
                _APPOSED_LINKS.intersection(words[1:])
            ):
                return True  # (not "Ann Hale, the wife of the mayor," nor "the lawyer representing the victim")
        at = text.find(full + ", ", end, offset)
    return False


# titles right before a name that say its holder's role in other words: "Justice Halima
# Eze-Bello" is the judge, "Sen. Ann Hosken" the senator
_TITLE_FORMS = {"judge": ("justice ",), "senator": ("sen. ", "sen "), "governor": ("gov. ", "gov "),
                "councillor": ("cllr ", "coun. "), "superintendent": ("supt ", "supt. ")}


# a rank before the title makes another office: "Lt. Gov. Tom Pell" is not the governor
_UNDER_RANKS = ("lt. ", "lt ", "lieutenant ", "deputy ", "vice ", "vice-", "assistant ", "acting ")


# the courts whose judges are Lord or Lady and a surname
_LORDS_COURTS = ("High Court", "Court of Session", "Court of Appeal", "Supreme Court")
# what shows a Lord or Lady judging: the fronted clause of the sentence that names him or
# her ("Sentencing him, Lord Carnbroe told …"), the verb after the name ("Lady Kerr jailed
# …"), or "judge" before it ("the judge, Lord Doune,")
_JUDGING_OPENERS = ("Sentencing", "Jailing", "Passing sentence", "Imprisoning", "Detaining", "Ruling", "Giving judgment",
                    "Delivering judgment", "Refusing", "Dismissing", "Convicting", "Acquitting")
_JUDGING_VERBS = (" sentenced", " jailed", " ruled", " imposed", " handed down", " dismissed", " refused", " granted",
                  " upheld", " quashed", " acquitted", " convicted", " ordered", " remanded", " deferred sentence")


def _judging(text: str, alias: str) -> bool:
    """Whether the text shows `alias` ("Lord Carnbroe") at a judge's work somewhere."""
    at = text.find(alias)
    while at != -1:
        before = text[max(0, at - 120) : at]
        cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
        opener = before[cut + 1 :].lstrip(" \"“”'‘’")
        if opener.startswith(_JUDGING_OPENERS) or before.rstrip(" ,").lower().endswith("judge"):
            return True
        if text.startswith(_JUDGING_VERBS, at + len(alias)):
            return True
        at = text.find(alias, at + len(alias))
    return False


# a judge titled so before a name: "Judge Ann Pell", "Justice Tom Hale"
_JUDGE_TITLED_RE = re.compile(r"\b(?:Judge|Justice) [A-Z]")
# the capitalised words of a name right after a title: " Francis Tetteh-Lartey"
_TITLED_NAME_RE = re.compile(r" ((?:" + UPPER + r"[\w'’\-]*\.? ){0,3}" + UPPER + r"[\w'’\-]*)")
# the words that only describe a portfolio's noun, which no portfolio ends on ("Home Affairs",
# "Public Health"): a name after them is a club's or a body's ("the coach of Home United Ben Ash")
_PORTFOLIO_MODIFIERS = frozenset({"home", "foreign", "public", "higher", "further", "human", "natural", "local",
                                  "internal", "external", "regional", "rural", "social", "economic", "digital",
                                  "indigenous", "mainland", "constitutional", "parliamentary", "the", "and", "of",
                                  "for", "&"})
# an office's portfolio and the name after it: " for Public Health Engineering Syed Zeeshan Haider Shah"
_PORTFOLIO_RUN_RE = re.compile(r" (?:of|for)(?: (?:and|of|the|&)| " + UPPER + r"[\w'’\-]*){2,12}")
# two capitalised words in a row: a name, perhaps
_TWO_CAPS_RE = re.compile(UPPER + r"[\w'’\-]+ " + UPPER + r"[\w'’\-]+")
# what says a subject did not speak: "declined to comment", "could not be reached"
_SILENT = (" declined", " refused", " did not ", " could not ", " not available", " unavailable", " no comment")
# what says the subject's sentence reports what he or she said: a verb of speech or stance,
# after an apposition or "of" and a body at most ("Coach Ben Ash of the Stars criticised
# …", "Senator Tom Pell, her rival, was more blunt")
_PREDICATE_RE = re.compile(r",? (?:(?:also|later|then|however|too|again|instead),? )?([a-z]+)(?: ([a-z]+))?")
_APPOSED_PREDICATE_RE = re.compile(
    r"(, [^.,;\"“”\n]{1,80},| of (?:the )?" + UPPER + r"[\w'’\-]*(?: " + UPPER + r"[\w'’\-]*){0,3}| \([^)\n]{1,40}\))"
    r" (?:(?:also|later|then|however|too|again|instead),? )?([a-z]+)(?: ([a-z]+))?"
)
# stance verbs that are no verbs of speech, and how "was …" reports speech: "was more blunt"
_STANCE_TAKEN = {"blamed", "blames", "hit", "hits", "lashed", "lashes", "struck", "sounded", "sounds", "took", "takes"}
_SPOKE_AS = {"more", "less", "equally", "even", "blunt", "scathing", "defiant", "adamant", "critical", "upbeat",
             "philosophical", "candid", "frank", "emphatic", "unrepentant", "forthright"}
# what an apposition says that makes its person no longer the holder: "Minister Bo Lee, her predecessor,"
_NO_LONGER = ("former", "predecessor", "ex-", "retired", "late ")


def _speaks_after(text: str, at: int) -> bool:
    """Whether the sentence of the name ending at `at` has it say something: its verb, after
    an apposition at most, is one of speech or stance ("…, blamed his team's defeat on …",
    "…, her rival, was more blunt"), not "sat in silence", "was ill" or "was not invited";
    an apposition that makes it a former holder ("her predecessor") says no."""
    for m in (_PREDICATE_RE.match(text, at), _APPOSED_PREDICATE_RE.match(text, at)):
        if m is None:
            continue
        verb, after = (m.group(2), m.group(3)) if m.re is _APPOSED_PREDICATE_RE else (m.group(1), m.group(2))
        if m.re is _APPOSED_PREDICATE_RE and any(w in m.group(1).lower() for w in _NO_LONGER):
            return False
        got = SPEECH_VERBS.get(verb)
        if (got is not None and got[0] in ("past", "s")) or verb in _STANCE_TAKEN or (verb in ("was", "is") and after in _SPOKE_AS):
            return True
    return False


# a rank before a title in the text, which makes another office than the plain title's
# (not "acting" nor "interim": "Acting Health Minister Tom Reyes said …" then "…," the
# minister said: one who holds the office for now is the one just titled with it)
_RANKED = tuple(r + " " for r in ("deputy", "vice", "assistant", "associate", "former", "junior", "shadow", "under", "lt.", "lieutenant", "prime")) + ("vice-", "ex-")


def _titled_as(text: str, name: list[str], forms: tuple[str, ...], near: list[str] = ()) -> bool:
    """Whether the text writes one of `forms` right before the full name somewhere (not
    after a lower rank), with each word of `near` close to it ("Vermont Sen. Ann Hosken", "Ann Hosken of Vermont")."""
    if not forms or len(name) < 2:
        return False
    full = " ".join(name)
    at = text.find(full)
    while at != -1:
        before = text[max(0, at - 20) : at].lower()
        for form in forms:
            if before.endswith(form):
                if not before[: len(before) - len(form)].endswith(_UNDER_RANKS) and all(
                    w in text[max(0, at - 30) : at + len(full) + 40] for w in near
                ):
                    return True
        at = text.find(full, at + 1)
    return False


def _compatible(a: list[str], b: list[str]) -> bool:
    """Same person: equal, or one is a final part of the other (Starmer / Keir Starmer),
    or a first-and-last form of a longer name."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[-len(short):] == short:
        return True
    if len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]:
        return True
    if "-" in long_[-1] and len(long_) >= 3 and (
        long_[: len(short)] == short and len(long_) == len(short) + 1 or short == long_[-2:-1]
    ):
        return True  # "Bernard Kwok" and "Kwok" are "Bernard Kwok Chi-hang"
    if len(long_) >= 3 and long_[-1] not in _GENERATIONS and (
        (len(short) == 1 and short[0] == long_[-2]) or (len(short) >= 2 and len(long_) == len(short) + 1 and long_[: len(short)] == short)
    ):
        return True  # two family names: "Ortega" and "María José Ortega" are "María José Ortega Villalba"
    if len(long_) >= 3 and long_[-1] in _GENERATIONS and len(short) < len(long_) and _compatible(short, long_[:-1]) and not (
        long_[-1] in ("jr", "sr") and len(short) >= 2
    ):
        # (a given name and the surname without "Jr" may be the father: "Kwame Mensah Jr" and
        # his father, "Kwame Mensah"; "Mensah" alone is the one with the suffix)
        return True  # "Ampem-Darko" and "Owusu Ampem-Darko" are "Owusu Ampem-Darko II", a chief's or a son's numeral dropped
    last = long_[-1]
    if "-" in last and short[-1] != last and last.endswith(short[-1]):
        cut = last.find("-")
        if last[:cut] in _ARTICLES and last[cut + 1 :] == short[-1] and cut != 3:  # (not "ash": Tom Ash-Pell)
            # "Sisi" and "Abdel Fattah Sisi" are "Abdel Fattah al-Sisi": the article joined to
            # the surname is left out in a later mention, as many papers write it
            return _compatible(short, long_[:-1] + [short[-1]])
    return False




def _initials_of(words) -> str | None:
    """The initials of a body's name of two capitalised words or more, its small words
    ("of", "the", "and") left out: "PA" for Planning Authority, "ECB" for European Central
    Bank. None for a person's name: "ABC" is no short form of Ann Bea Carter."""
    out = ""
    for w in words:
        if w[:1].isupper():
            out += w[0]
        elif w not in _INITIALS_SKIPPED:
            return None
    if len(out) < 2 or not _names_body(list(words)):
        return None
    return out


_INITIALS_SKIPPED = {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "on", "in"}


def _body_letters(short: str) -> bool:
    """Whether a word may be a body's initials (_initials_of): two capitals to six, no
    country's ("US") and no person's office in letters ("the SP said" is the superintendent
    of police, not the Samajwadi Party; "the DA", the district attorney; "the MP", "the GP")."""
    if not (2 <= len(short) <= 6 and short.isupper()):
        return False
    w = short.lower()
    return not (w in _OFFICER_LETTERS or w in _COUNTRY_LETTERS or w in TITLES or w in POST_NOMINALS or w in ROLE_NOUNS or w in ROLE_ABBREVIATIONS)


# officers named by their initials ("the SP said", "the DC told reporters")
_OFFICER_LETTERS = frozenset({"sp", "da", "ada", "dc", "dm", "sdm", "gp", "cm", "ag", "dg", "ig", "dig", "dgp", "sho",
                              "acp", "dcp", "asi", "si", "io", "cj", "gm", "vc", "pro", "oc", "dpo", "bdo", "cmo"})
# countries by their letters and in full, one speaker when an article has both: "the US
# said" and "the United States said"
_COUNTRY_SPELLED = {"US": ("United", "States"), "USA": ("United", "States"), "UK": ("United", "Kingdom"),
                    "UAE": ("United", "Arab", "Emirates")}
# and the other way: each name in full to its letters
_COUNTRY_LETTERED = {full: tuple(k for k, v in _COUNTRY_SPELLED.items() if v == full) for full in _COUNTRY_SPELLED.values()}


def _country_letters(toks) -> str:
    """A name's capitals as one word, the stops of "U. S." dropped: "US", "UK"."""
    return toks[0] if len(toks) == 1 else "".join(t[:-1] if len(t) == 2 and t[1] == "." else "?" for t in toks)


# a country's letters, never a body's that speaks beside it ("the US said" and "the Union of Students")
_COUNTRY_LETTERS = frozenset({"us", "uk", "usa", "uae", "drc", "prc", "dprk", "rok"})


def _add_alias(e: Entity, mention: str) -> None:
    m = mention.strip()
    if m.lower() in SUBJECT_PRONOUNS:
        return
    if m not in e.aliases:
        e.aliases.append(m)


def _lower_det(mention: str) -> str:
    words = mention.split()
    if words and (words[0].lower() in DETERMINERS or words[0].lower() in SOMEONE or words[0].lower() in _COUNT_WORDS):
        words[0] = words[0].lower()
    if words and words[-1][-2:-1] == "." and words[-1].lower() in PLACE_LETTERS:
        words[-1] += "."  # "said an envoy from the U.S. He …": the stop that ended the sentence
    return " ".join(words)


def _surnames_of(runs) -> set[str]:
    """The words a person named in `runs` may be called by alone: the last word, and the
    first of two family names ("Carrasco" of José Luis Carrasco Villalobos)."""
    out: set[str] = set()  # (one word alone only where an age or role follows it)
    family: dict[str, set[str]] = {}  # a family name written first: the given names after it
    _surnames_add(runs, out, family)
    return _with_family(out, family)


def _surnames_add(runs, out: set[str], family: dict[str, set[str]]) -> None:
    """_surnames_of's reading of more runs: the surnames into `out`, the family names
    written first into `family` (which _with_family adds)."""
    for _, toks in runs:
        last = toks[-1]
        if "-" in last and len(toks) >= 2 and last[:1].isupper() and last.partition("-")[2][:1].islower() and toks[-2][:1].isupper():
            # family name first, then hyphenated given names, which no one is called by alone:
            # "Lo" of Lo Mei-kuen, "Ho" of Ivan Ho Chun-yin (not "Kim" of Kim Min-jun and Kim Seo-yeon)
            fam = toks[-2]
            family.setdefault(fam, set()).add(last)
            continue
        out.add(last)
        if len(toks) >= 3 and toks[-2][:1].isupper() and last.lower() not in _GENERATIONS and (
            len(toks) >= 4 or last[:1].isupper()
        ):  # (three words too, "Joaquín Ferreyra Salas", "Ferreyra said"; not "Karim Abdul-Hadi al-Saadi")
            out.add(toks[-2])


def _with_family(out: set[str], family: dict[str, set[str]]) -> set[str]:
    """`out` with the family names written first (or their given names) added."""
    for fam, given in family.items():
        if len(given) == 1:
            out.add(fam)
        else:
            out |= given  # (as before: each by its last word)
    return out


def person_names(text: str, spans) -> list[tuple[int, list[str]]]:
    """Names of two or more capitalised words outside quotes, in order: the people a
    pronoun may point back to and the full forms short names expand to."""
    out = _person_runs(text, spans)
    # a surname on its own, once its full name has appeared: "Achebe said he would …"
    surnames = _surnames_of(out)
    if surnames:
        first_seen = min(off for off, _ in out)
        starts = [lo for lo, _ in spans]
        for name in surnames:
            out.extend((at, [name]) for at in _surname_hits(text, spans, starts, name, first_seen, len(text)))
        out.sort(key=_first)
    return out


def _person_runs(text: str, spans, k0: int = 0, k1: int | None = None, shape=None) -> list[tuple[int, list[str]]]:
    """_name_runs, and the people a feature names by one word alone where an age or a role
    follows ("Oleg, 51, a former teacher", "Ilona, a medic,"), in order. With k0 and k1,
    those of spans[k0:k1] alone (as the whole list has them there: no match crosses a span)."""
    if k1 is None:
        k1 = len(spans)
    if k0 >= k1:
        return []
    out = _name_runs(text, spans if k0 == 0 and k1 == len(spans) else spans[k0:k1], shape)
    first, last = spans[k0][0], spans[k1 - 1][1]  # (the stretch those spans cover)
    singles = []
    # Both regexes below are tried only where a match may open, as finditer over each span
    # would find them: at a ", " before a digit or an article (found in the whole text at
    # once: a literal the regex engine skips to), at a " named " or " called " (_NAMED_ONE_RE
    # has no literal prefix for the regex engine to skip to). Most spans hold neither.
    right = bisect.bisect_right
    age_or_role = _AGE_OR_ROLE_RE.match
    resume = 0  # where the last match ends: finditer's matches do not overlap (", 51, a …")
    for at in map(_M_START, _AGE_OR_ROLE_AT_RE.finditer(text, first, last)):
        if at >= last:
            break
        if at < resume:
            continue
        k = right(spans, (at, _FAR), k0, k1) - 1  # the last span starting at or before `at`
        if k < k0:
            continue
        lo, hi = spans[k]
        m = age_or_role(text, at, hi)  # (None where `at` is past the span's end)
        if m is None:
            continue
        resume = m.end()
        # found from the ", 51," or ", a medic", then the word before it
        role = m.group(1)
        if role is not None and role not in ROLE_NOUNS and role not in NAME_ROLES:
            continue
        w = _ONE_NAME_BEFORE_RE.search(text, max(lo, at - 40), at)
        if w is None or w.group(1).lower() in NON_NAMES or w.group(1).lower() in TITLES:
            continue
        if _CAPITAL_WORD_BEFORE_RE.search(text, max(lo, w.start(1) - 40), w.start(1)):
            continue  # the last word of a longer name, which _name_runs has
        singles.append((w.start(1), [w.group(1)]))
    # (finditer over a span would list these after the span's ages; the sort below is
    # stable, and a named one at the offset of an age's one is the same word, read the same)
    find, named_one = text.find, _NAMED_ONE_RE.match
    for word in (" named ", " called "):
        at = find(word, first, last)
        while at != -1:  # (no two matches overlap: a name holds no space)
            k = right(spans, (at, _FAR), k0, k1) - 1
            if k >= k0:
                lo, hi = spans[k]
                m = named_one(text, at, hi)
                if m is not None:
                    # "a medic named Ilona", "a woman called Amal": the word before the verb says a person
                    before = text[max(lo, at - 20) : at].rsplit(" ", 1)[-1]
                    if before in ROLE_NOUNS or before in NAME_ROLES or before in _PEOPLE_NOUNS:
                        singles.append((m.start(1), [m.group(1)]))
            at = find(word, at + 1, last)
    if not singles:
        return out
    taken = {off for off, _ in out}
    out.extend(x for x in singles if x[0] not in taken)
    out.sort(key=_first)
    return out


# ", 51," or ", a medic," after a word: what may follow one capitalised word naming a person
# (= , (?:\d{1,3},|(?:a|an|the) (?:[a-z\-]+ ){0,2}?([a-z\-]+)[,.]), written without a
# repeated group, which the regex engine allocates memory for: only one count of words
# before the one followed by a comma or full stop can match, so lazy or not is the same)
_AGE_OR_ROLE_RE = re.compile(r", (?:\d{1,3},|(?:an?|the) (?:[a-z\-]++ (?:[a-z\-]++ |)|)([a-z\-]++)[,.])")
# where an _AGE_OR_ROLE_RE match may open
_AGE_OR_ROLE_AT_RE = re.compile(r", (?=\d|an? |the )")
_NAMED_ONE_RE = re.compile(r" (?:named|called) (" + UPPER + r"[a-zà-ÿ'’\-]+)(?![\w'’\-]| [A-Z])")
_PEOPLE_NOUNS = {"man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "grandmother", "grandfather",
                 "widow", "neighbour", "neighbor", "friend", "colleague", "teenager", "child"}
_ONE_NAME_BEFORE_RE = re.compile(r"(?<![\w'’\-])(" + UPPER + r"[a-zà-ÿ'’\-]+)$")
_CAPITAL_WORD_BEFORE_RE = re.compile(UPPER + r"[\w'’\-]*\.? $")


def _run_shape(text: str) -> bytes | str:
    """What _name_runs searches for where runs may start: the text's shape (see
    _RUN_START_RE) where it is Latin-1, else the text itself."""
    try:
        return text.encode("latin-1").translate(_RUN_SHAPES)
    except UnicodeEncodeError:
        return text


def _name_runs(text: str, spans, shape: bytes | str | None = None) -> list[tuple[int, list[str]]]:
    """person_names' runs of two or more capitalised words, in order (`shape`: _run_shape's
    of the text, if known)."""
    out: list[tuple[int, list[str]]] = []
    append = out.append
    prev_end = -1  # where the last run listed ends
    seen = _RUN_TOKENS  # the same runs (Donald Trump, White House) come back again and again
    # finditer's matches, found by a search from each one's end (no match is empty). In a
    # text of Latin-1 the search is made on its shape, for where a run may start (see
    # _RUN_START_RE), and NAME_RUN_RE is tried there: a search of the text itself tests
    # each character against the set UPPER a run opens with, at a cost that was half of
    # this function's. (Not in a text with curly quotes or dashes: making a shape of one
    # costs more than it saves.)
    if shape is None:
        shape = _run_shape(text)
    where, may_start = (text, NAME_RUN_RE.search) if shape is text else (shape, _RUN_START_RE.search)
    shaped = where is not text
    match = NAME_RUN_RE.match
    for lo, hi in spans:
        pos = lo
        while (m := may_start(where, pos, hi)) is not None:
            if shaped:
                at = m.start()
                m = match(text, at, hi)
                if m is None:
                    pos = at + 1
                    continue
            pos = m.end()
            run = m[0]
            got = seen.get(run, seen)  # (not a KeyError caught: raising one costs more)
            if got is seen:
                if len(seen) >= 10_000:
                    seen.clear()
                got = seen[run] = _run_tokens(run)
            if got is not None:
                at = m.start()
                toks, body = got
                if _STORM_RUNS and run in _STORM_RUNS and _storm_told(text):
                    continue  # "Storm Edda battered the coast": a named storm in a story of weather, no one's name
                if body is None and text[pos : pos + 4] == " of ":
                    continue  # "Chief Justice of Westmark D. Y. Chandran": the office, no one's name
                if at - prev_end in (4, 5) and out and text[prev_end:at] in (" of ", " for ") and out[-1][1][-1].lower() in BODY_HEADS:
                    # "the Maine Bureau of Coastal Fisheries": one body, not a bureau and a person
                    out[-1] = (out[-1][0], [*out[-1][1], text[prev_end + 1 : at - 1], *toks])
                    prev_end = pos
                    continue
                # (_after_place_word's first tests written out: most runs fail them)
                if (
                    not body
                    and at >= 3
                    and text[at - 1] == " "
                    and (text[at - 2] == "\n" or text[at - 3 : at - 1].lower() in _PLACE_WORD_ENDS)
                    and _after_place_word(text, at)
                ):
                    # "in South Carolina", "the United States": a place, not a person; but an
                    # office and the body it heads ("Chair of the Federal Reserve Jay Pollard",
                    # "Speaker of the House Dana Wirth"), or an envoy and the place she is sent
                    # to ("the US Ambassador to Japan Ama Rolle"), then the holder's name
                    k = 0
                    if text[at - 8 : at] == " of the " and _office_before(text, at - 8):
                        k = _body_then_name(list(toks))
                        if len(toks) - k > 3:
                            k = 0  # (a name of four words or more is the body's rest: "the House Freedom Caucus Tom Pell")
                    elif text[at - 4 : at] == " to " and _envoy_to(text, at - 4):
                        k = _place_words(list(toks))
                    if k and len(toks) - k >= 2 and run.endswith(tail := " ".join(toks[k:])):
                        append((at + len(run) - len(tail), toks[k:]))
                        prev_end = pos
                        continue
                    if k or not _initial_before_last(toks) or text[at - 4 : at].lower() == "the ":
                        continue
                    # but a given name, an initial and a surname are a person's, after any of
                    # those words but "the" ("Just look at Speaker Alma R. Quist. She …",
                    # "spoke to Tom B. Pell"): no place's name is written so
                if not body and (link := text[at - 4 : at]) in _PORTFOLIO_LINKS and toks[0] in _PORTFOLIO_CAPS and _portfolio_before(text, at):
                    # "Minister of Finance Rasa Vaitkūnienė", "Minister of Education and Research
                    # Tarmo Kivistik": the office's portfolio, then the holder's name (the
                    # link before the run tested first: most runs follow none)
                    k = 1
                    while k < len(toks) and toks[k] in _PORTFOLIO_CAPS:
                        k += 1
                    if len(toks) - k >= 2 and run.endswith(tail := " ".join(toks[k:])):
                        append((at + len(run) - len(tail), toks[k:]))
                        prev_end = pos
                    continue
                if not body and link == " of " and (
                    (of_what := text[at - 16 : at - 4].rsplit(" ", 1)[-1].lower()) in _HEAD_OF or of_what in _PLACE_KINDS_OF
                ) and not run.endswith(_POSSESSIVE_ENDS):  # (toks has the possessive cut off: "chairman of Tom Pell’s campaign" names him)
                    if of_what in _PLACE_KINDS_OF:
                        continue  # "on the island of Stennet Holm", "the town of Port Elwen": a place, no one a she stands for
                    # but a name after the body's last word is the person heading it: "the head of
                    # Kell Bank Tom Pell", "the president of Acme Corp John Smith"
                    i = max((j for j, w in enumerate(toks[:-2]) if w.lower().rstrip(".") in _ORG_ENDS), default=-1)
                    tail = " ".join(toks[i + 1 :])
                    if i >= 0 and run.endswith(tail):
                        append((at + len(run) - len(tail), toks[i + 1 :]))
                        prev_end = pos
                    continue  # "chairman of Char Mohonpur Union Parishad": what he heads, not a person
                after = text[pos : pos + 1]
                if after == "," and run[: run.find(" ") + 1] in _PLACE_OPENERS:
                    continue  # "In Cutler Falls, the nearest …": a fronted place, not a person
                if after == ":" and run.isupper() and text[at - 1 : at] in ("\n", "") and among_first_lines(text, at, 6) and (
                    text[pos + 1 : pos + 3].lstrip()[:1] not in _QUOTE_OPENERS and "\n" + toks[-1] + ":" not in text
                ):
                    # "NANGA SEMARU: Residents of …": a dateline in capitals opening the paragraph,
                    # no one's name (not a transcript's "KATE HOLM:", whose "HOLM:" comes back);
                    # a dateline opens the story, among its first lines (after a headline, standfirst,
                    # byline, date), and no quote follows it
                    # (a one-off label does: 'DANA MOFFAT: "The budget is balanced," she says')
                    continue
                if not body and text[at - 2 : at] == ", " and _named_thing_before(text, at - 2, pos):
                    continue  # "the regional capital, Puerto Lerma,", "his podcast, Back Porch Sessions": its name
                append((at, toks))  # (the cached tuple itself: its readers do not change it)
                prev_end = pos
    return out


# a cabinet portfolio's words as a run of capitals opens with them: "Finance", "Research"
_PORTFOLIO_CAPS = frozenset(w.capitalize() for w in PORTFOLIOS if w.isalpha() and w not in ("the", "and", "of", "for"))
# the four characters before a run of capitals that a portfolio's first word may follow
_PORTFOLIO_LINKS = frozenset({" of ", "for ", "and "})
# the offices whose portfolio follows an "of" or a "for": "Minister of Finance", "Secretary for Health"
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner", "ministers", "secretaries"})


def _portfolio_before(text: str, at: int) -> bool:
    """Whether the run of capitals at `at` follows an office and the words of its portfolio
    before it: "Minister of |Finance Rasa …", "Minister of Education and |Research Tarmo …"
    (not "the head of |Research Kasia Bell", "Kell Bank of |Finance Street")."""
    return _office_before_portfolio(text, at) >= 0


def _office_before_portfolio(text: str, at: int) -> int:
    """Where the office opens whose portfolio's words stand right before `at` (see
    _portfolio_before), or -1."""
    before = text[max(0, at - 80) : at]
    for _ in range(6):
        if before.endswith((" of ", " for ")):
            before = before[: -4 if before[-2] == "f" else -5]
            word = before.rsplit(None, 1)[-1] if before.strip() else ""
            if word.lower() in _PORTFOLIO_OFFICES and word[:1].isupper():
                return at - (len(text[max(0, at - 80) : at]) - len(before) + len(word))
        elif before.endswith((" and ", ", ")):
            before = before[: -5 if before[-2] == "d" else -2]
            word = before.rsplit(None, 1)[-1] if before.strip() else ""
        else:
            return -1
        if word not in _PORTFOLIO_CAPS:
            return -1
        before = before[: -len(word)]
    return -1


# the last word of an office's title of titles' words alone, never a surname: "Chief Justice",
# "Prime Minister", "Attorney General"
_OFFICE_HEADS = frozenset({"justice", "minister", "president", "governor", "secretary", "chancellor", "premier", "general",
                           "ambassador", "commissioner", "speaker", "mayor"})


def _all_titles(toks) -> bool:
    """Whether every word of a run is a title: "Chief Justice", "Prime Minister"."""
    for t in toks:
        if t.lower() not in TITLES:
            return False
    return True


def _office_before(text: str, at: int) -> bool:
    """Whether the word ending at `at` is an office that heads a body: "Chair", "Speaker",
    "governor" (before "of the …")."""
    w = text[text.rfind(" ", at - 20 if at > 20 else 0, at) + 1 : at]
    return w.lower() in _HEAD_OF or (w[:1].isupper() and (w.lower() in TITLES or w.lower() in _PERSON_ROLES))


def _run_tokens(run: str) -> tuple[tuple[str, ...], bool] | None:
    """_name_runs' reading of a run of capitals: its tokens as a name, and whether they name
    a body (_names_body); None when the run names no person."""
    toks = (run.replace(".", " ") if "." in run else run).split()  # (most runs hold no ".")
    # a nickname in quote marks, which few runs hold: dropped (the six marks of
    # _NICK_MARKS tested written out: a loop over them costs more; the four curly ones
    # only in a run not all ASCII, which most runs are)
    if '"' in run or "'" in run or not run.isascii() and ("’" in run or "“" in run or "”" in run or "‘" in run):
        toks = [w for w in toks if w[0] not in _NICK_MARKS]
    if toks[0] in _ARTICLE_OPENERS and (toks[0] in ("The", "THE") or run[len(toks[0])] == " "):
        # "The Democratic National Convention": a thing, not a person; nor "A GrainLink West
        # spokeswoman said" (a body's name after an indefinite article; not an initial, "A. J.")
        toks = []
    elif len(toks) > 2:
        for t in toks:
            if len(t) <= 1 or not t.isupper():
                break
        else:
            toks = []  # "CONGRESS HAS INVESTIGATED HIM —": a heading in capitals
    while toks and toks[0].lower() in _RUN_SKIP_FIRST:
        del toks[0]
    if toks and toks[0].lower() in _STORM_WORDS:
        if toks[0].lower() != "storm":
            return None  # "Typhoon Hailong made landfall": a storm, no one to be "she"
        _STORM_RUNS.add(run)  # "Storm Edda": a storm where the story is of weather (see _name_runs)
    n = 1
    while n < len(toks):  # (not a range: a new object each call)
        if toks[n].lower() in NAME_BREAKS:
            # "Cruz With George Wallace": the name before the break, else after it
            before, after = toks[:n], toks[n + 1 :]
            toks = before if len(before) >= 2 else after
            break
        n += 1
    last = ""  # the last word in lower case
    while toks:
        last = toks[-1].lower()
        if last not in _DAYS_AND_MONTHS:
            break
        del toks[-1]  # "in New Hampshire Monday"
    if len(toks) < 2:
        return None
    if toks[-1] == "I" and len(toks) == 2 and (toks[0][-2:] == "ly" or toks[0].lower() in ADVERBS):
        return None  # "Suddenly I heard …", "Finally I said": an adverb opening the sentence, then the pronoun
    if toks[-1].endswith(_POSSESSIVE_ENDS):
        toks[-1] = _unpossessed(toks[-1])  # "Donald Trump's campaign": Donald Trump
        last = toks[-1].lower()
    if last in _RUN_NOT_LAST_OR_PLACE:
        return None  # "Harlow Avenue": no one to be "he"
    if last in _OFFICE_HEADS and _all_titles(toks):
        # "Chief Justice (of Westmark D. Y. Chandran)": an office, no one's name when "of"
        # follows it, which _name_runs tests (a body-flag of None marks it; not "Senator
        # King", "Mr Sen": a name)
        return tuple(toks), None
    body = _names_body(toks, last)
    if not body and ("'" in run or "’" in run):
        for k in range(1, len(toks) - 1):
            if toks[k].endswith(_POSSESSIVE_ENDS):
                # "Premier Giorgia Salvi's Brothers of Italy", "President Tom Hale's
                # Republicans": the owner is the person, the plural of people she leads after
                # her name no one's surname; not "Awami Tehreek's MPA Begum Rukhsana Baloch",
                # "South Africa's Ramaphosa" (a body's or a place's person); a body's run, "St
                # Mary's Hospital", "Tom Hale's Harbour Party", is left whole above
                if k != len(toks) - 2 or not _people_plural(toks[-1].lower()):
                    break
                toks = toks[: k + 1]
                toks[-1] = _unpossessed(toks[-1])
                return tuple(toks), _names_body(toks, toks[-1].lower())
    return tuple(toks), body


def _initial_before_last(toks) -> bool:
    """Whether a run's words end as a given name, an initial and a surname do ("Alma R.
    Quist"; not "U. S. Steel", "Washington D. C.")."""
    if len(toks) < 3:
        return False
    first, initial, last = toks[-3], toks[-2], toks[-1]
    return (
        len(initial) == 1
        and initial.isupper()
        and len(first) >= 2
        and first[1:].islower()
        and len(last) >= 2
        and last[1:].islower()
    )


def _after_place_word(text: str, at: int) -> bool:
    """Whether a word of _PLACE_BEFORE and a space stand right before offset `at`."""
    if at < 3 or text[at - 1] != " ":
        return False
    if text[at - 2] != "\n" and text[at - 3 : at - 1].lower() not in _PLACE_WORD_ENDS:
        return False  # the word before does not end as any of them does
    m = _LAST_WORD_RE.search(text, at - 13 if at > 13 else 0, at - 1)
    if m is None:
        return False
    word = m.group()
    # (but the one an obituary's tributes are paid to is a person, no one spoken to:
    # "Tributes have been paid to Dónal Fitzmaurice", "paid tribute to Ann Hale")
    # (money "paid to Port Hale families" is no tribute: "paid to" only after "tribute")
    if word == "to" and text.endswith(_PERSON_TO, 0, at):
        return False  # "sources close to Tom Pell said": the one they are close to, a person
    return word.lower() in _PLACE_BEFORE and (word != "to" or not text.endswith(_TRIBUTE_TO, 0, at) or (
        text.endswith("paid to ", 0, at) and "ribute" not in text[at - 40 if at > 40 else 0 : at]
    ))


_TRIBUTE_TO = ("paid to ", "tribute to ", "tributes to ")
_PERSON_TO = (" close to ", " loyal to ")

# the kinds of place whose name follows "the … of": "the island of Stennet Holm"
_PLACE_KINDS_OF = frozenset({"island", "isle", "islands", "town", "village", "city", "county", "province", "district",
                             "region", "municipality", "borough", "parish", "suburb", "hamlet", "port"})


# the last word of a body's name, after which a run's capitals name a person
_ORG_ENDS = BODY_HEADS | {"corp", "inc", "ltd", "plc", "llc", "co", "parliament", "congress", "senate", "assembly"}
# words before "of" that make the run of capitals after it what one heads, not a person
_HEAD_OF = {"chairman", "chairwoman", "chairperson", "president", "head", "member", "director", "principal",
            "headmaster", "headmistress", "headteacher", "secretary-general", "vice-chancellor", "rector", "dean",
            "mayor", "governor", "commissioner", "superintendent", "coordinator", "convener", "convenor"}
# a sentence's first word, with its space, before a run of capitals that names a place when a
# comma ends the run ("In Cutler Falls, …", "Across Westmark County, …")
_PLACE_OPENERS = frozenset({"In ", "At ", "Near ", "Across ", "Throughout ", "Outside ", "Inside ", "Around "})


_LAST_WORD_RE = re.compile(r"(?<![\w'’\-])[A-Za-z]+$")
# the capitalised words right before a company's legal suffix ("Tarang Mobility" of "Tarang
# Mobility Ltd", "Kestrel Cells Pvt" of "Kestrel Cells Pvt Ltd")
_COMPANY_BEFORE_RE = re.compile(r"(?<![\w'’\-])((?:" + UPPER + r"[\w'’&\-]*\.? ){0,3}" + UPPER + r"[\w'’&\-]*\.?)$")
_COMPANY_INNER = {"Pvt", "Pvt.", "Private", "Co", "Co."}
_LEGAL_SUFFIXES = (" Ltd", " Inc", " Corp", " Plc", " PLC", " LLC", " GmbH", " Limited")
# a role owned by a place or body in one capitalised word: "Britain's trade minister"
_OWNED_ROLE_RE = re.compile("(" + UPPER + r"[\w\-]*)['’]s ((?:[a-z\-]+ ){0,2}[a-z\-]+)$")
_FIRM_AFTER = _LEGAL_SUFFIXES + (" Group", " Holdings", " Co.", " plc")  # (for Resolver._fullest)
_LEGAL_SUFFIX_RE = re.compile(" (?:" + "|".join(s[1:] for s in _LEGAL_SUFFIXES) + ")")


# nouns for a place or a work whose name may follow them after a comma ("the regional
# capital, Puerto Lerma", "his own podcast, Back Porch Sessions"): the name names it, not a
# person a "he" may point back to (not company, team, band: "a spokesman for the company,
# Tom Hale, said" names a person)
_NAMED_THINGS = frozenset({"capital", "city", "town", "village", "hometown", "suburb", "province", "region",
                           "podcast", "programme", "program", "album", "single", "documentary", "newspaper",
                           "magazine", "channel", "website", "novel", "memoir"})
_THING_OWNER_LINKS = {"of", "for", "at", "with", "by"}
# the words that open a noun phrase, back to which _named_thing_before looks for its link
_THING_DETS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "your"})
# what a fronted phrase opens with ("In the capital, Ana Ruiz, a nurse, said"): the name after
# its comma may be the subject's
_FRONTED_OPENERS = frozenset({"in", "at", "near", "across", "throughout", "outside", "inside", "around", "from", "on",
                              "back", "to", "into", "over", "for", "with", "after", "before"})


def _named_thing_before(text: str, comma: int, end: int) -> bool:
    """Whether a word of _NAMED_THINGS ends right before the comma at `comma`, and the run
    from comma + 2 to `end` is its name: set off by a comma or ending the sentence ("the
    regional capital, Puerto Lerma, that …"; not "across the region, Ana Ruiz said", "Speaking
    to the newspaper, Tom Hale said": a subject and its verb), nor a person's apposition
    (", Ana Ruiz, who …", ", Ana Ruiz, 34,"); the noun not the object of "of" or "for" ("the
    editor of the local newspaper, Tom Hale": he is the editor) nor closing a fronted phrase
    ("In the capital, Ana Ruiz, a nurse, said")."""
    m = _LAST_WORD_RE.search(text, comma - 14 if comma > 14 else 0, comma)
    if m is None or m.group().lower() not in _NAMED_THINGS:
        return False
    after = text[end : end + 1]
    if after not in (",", ".", ";", ")", "\n", ""):
        return False
    if after == ",":
        nxt = text[end + 1 : end + 12].split()
        if nxt and (nxt[0] in ("who", "whose") or nxt[0].rstrip(",").isdigit()):
            return False
        close = text.find(",", end + 1, end + 50)
        if close != -1 and nxt and nxt[0] in _THING_DETS and any(
            w in ROLE_NOUNS for w in text[end + 1 : close].lower().split()[1:]
        ):
            return False  # "the town, Tom Hale, her brother, said": a person's apposition
    reach = max(0, m.start() - 200)
    before = text[reach : m.start()]
    stop = max(before.rfind(". "), before.rfind("\n"), before.rfind(","), before.rfind(": "))
    words = before[stop + 1 :].lower().split()
    # back over the noun's adjectives to its determiner, and the word before that
    j = len(words) - 1
    while j >= 0 and len(words) - j <= 3 and words[j] not in _THING_DETS and words[j] not in _THING_OWNER_LINKS:
        j -= 1
    if j >= 0 and words[j] in _THING_DETS:
        j -= 1
    if j >= 0 and words[j] in _THING_OWNER_LINKS:
        return False
    if (stop == -1 and reach == 0) or (stop != -1 and before[stop] != ","):
        # the phrase opens its sentence: "In the capital, Ana Ruiz, …", "Back in his hometown, …"
        first = words[0] if words else ""
        if first in _FRONTED_OPENERS or first.endswith("ing"):
            return False
    return True


# last words that make a run of capitals a street, a building or a place, never a person
# (not words that are surnames too: Lane, Hall, Park, Church)
_PLACE_ENDS = {"avenue", "street", "road", "boulevard", "highway", "square", "bridge", "station", "airport",
               "stadium", "arena", "centre", "center", "tower", "building", "mosque", "temple", "river", "lake",
               "island", "islands", "mountains", "valley",
               # a region by its kind of land ("the Black Country", "the Hill Country"), and a
               # record or a show named so ("Low Tide Country was recorded …"): no "she"
               "country"}
_DAYS_AND_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "june", "july", "august", "september", "october", "november",
                    "december"}
# words before a run of capitals that make it a place, a thing or a listener rather than a
# person who may be "he" or "she" later
_PLACE_BEFORE = {"the", "in", "at", "across", "throughout", "near", "into", "outside", "inside", "on", "around",
                 "toward", "towards", "via", "within", "through", "between",
                 # the one spoken to: "She told ABC Radio …", "speaking to Harbour FM"
                 "told", "tell", "tells", "telling", "to"}
# the last two letters of each word of _PLACE_BEFORE (a newline before the space is let
# through: the search's $ matches before one)
_PLACE_WORD_ENDS = frozenset(w[-2:] for w in _PLACE_BEFORE)


_PORTFOLIO_FIRST = PORTFOLIOS - {"the", "and", "&", "of", "for"}  # (for _run_name)
_LINKS_BEFORE = {"for ", " of ", "and ", " & "}  # a title's links before its portfolio ("Secretary for Housing")
_RUN_TOKENS: dict[str, tuple[tuple[str, ...], bool] | None] = {}  # _run_tokens of a run, for _name_runs
# the words a named storm opens with ("Hurricane Delia", "Tropical Storm Ana"): no person's
# name does ("Storm" alone is a given name too)
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "tropical", "storm"})
# a story of weather: "Storm" opening a run there names a storm ("Storm Edda"), not a
# person of that given name
_WEATHER_RE = re.compile(r"\b(?:the|this|a|tropical) storm\b|\bstorm (?:surge|damage|warning)|\b(?:winds?|gusts|rain|rainfall|snow|landfall|forecasters?|flood(?:s|ed|ing)?|weather|batter(?:ed|ing)|lash(?:ed|ing)|coast(?:al|line)?)\b")


_ARTICLE_OPENERS = frozenset({"The", "THE", "A", "An"})  # (for _run_tokens)
_STORM_RUNS: set[str] = set()  # runs opening with "Storm", found by _run_tokens


def _storm_told(text: str) -> bool:
    return _WEATHER_RE.search(text) is not None
_RUN_SKIP_FIRST = DISCOURSE | NON_NAMES | DETERMINERS | NOT_NAME_OPENERS  # words _name_runs drops from a run's start
_RUN_NOT_LAST = ROLE_NOUNS | ROLE_ADJECTIVES  # words that cannot end a name
_RUN_NOT_LAST_OR_PLACE = _RUN_NOT_LAST | _PLACE_ENDS  # (one lookup for _run_tokens)


def _surname_hits(text: str, spans, starts: list[int], name: str, lo: int, hi: int) -> list[int]:
    """person_names' surnames on their own: where `name` stands as a word outside quotes,
    for finds from lo that start before hi (each search goes on from the last find's end)."""
    out = []
    n = len(name)
    find, bisect_right = text.find, bisect.bisect_right
    stop = hi - 1 + n  # a find must start before hi
    at = find(name, lo, stop)
    while at != -1:
        end = at + n
        after = text[end : end + 1]
        # the cheap tests on the text first: most misses are inside a word
        if (
            (at == 0 or not text[at - 1].isalnum())
            and after not in ("'", "’", "-")
            and not after.isalnum()
            and not (after == " " and text[end + 1 : end + 2].isupper())
        ):
            k = bisect_right(starts, at) - 1
            if k >= 0 and at < spans[k][1]:
                out.append(at)
        at = find(name, end, stop)
    return out


_SAYS_WORDS = ("says ", "said ")  # (a verb of speech after a name opening a paragraph)
# a relative or a neighbour and one name in apposition opening a paragraph, then its verb of
# speech: "Her neighbour, Phurba, said", "His son Kofi says"
_KIN_NAME_OPENING_RE = re.compile(r"(?:Her|His) ([a-z]+)(,?) (" + UPPER + r"[\w'’\-]+)\2 (?:says|said) ")
# a capitalised word within a sentence (after a word or a comma): a name, most likely
_NAME_MIDWAY_RE = re.compile(r"(?<=[\w,;] )" + UPPER + r"[a-z]")
_QUOTE_OPEN_RE = re.compile("[\"“‘«]")
_NEIGHBOURS = {"neighbour", "neighbor", "friend", "colleague", "cousin", "partner", "classmate", "relative"}


class _Persons:
    """person_names(text, spans) a stretch at a time, for pronoun().

    A pronoun mostly means someone named a sentence or two before it, so rather than
    search the whole text for every surname up front, pronoun() asks for the persons in
    a stretch just before it and looks further back only when it has to. The name runs
    are found at once (each one's last word is a surname to look for)."""

    def __init__(self, text: str, spans):
        self.text, self.spans = text, spans
        self.starts = list(map(_first, spans))
        # the name runs of spans[:self._read] (read as far as a window asks: most texts
        # have no pronoun past their last few paragraphs)
        self.names: list[tuple[int, list[str]]] = []
        self.offsets: list[int] = []
        self._read = 0
        self._shape: bytes | str | None = None  # (_run_shape's, once a span is read)
        self.first_seen = 0  # (the names are in order)
        self.all: list[tuple[int, list[str]]] | None = None  # person_names, once asked for
        self.all_offsets: list[int] = []
        # _surnames_of's reading of the runs read so far: the surnames but for the family
        # names written first, and those (see _surnames_add)
        self._plain: set[str] = set()
        self._family: dict[str, set[str]] = {}
        self._surnames_from(set())

    def _read_to(self, hi: int) -> None:
        """Read the name runs of every span that starts before `hi`; the surnames with them."""
        k = bisect.bisect_left(self.starts, hi + _READ_AHEAD, self._read)
        if k <= self._read:
            return
        if self._shape is None:
            self._shape = _run_shape(self.text)
        more = _person_runs(self.text, self.spans, self._read, k, self._shape)
        self._read = k
        if not more:
            return
        if not self.names:
            self.first_seen = more[0][0]
        self.names += more
        self.offsets += map(_first, more)
        plain = self._plain
        had = len(plain)
        _surnames_add(more, plain, self._family)
        if self._family:
            # (a family name written first counts only while one given name goes with it:
            # all of them again)
            surnames = _with_family(set(plain), self._family)
            if surnames != self.surnames:
                self._surnames_from(surnames)
        elif len(plain) > had:
            self._add_surnames(plain - self.surnames)

    def _add_surnames(self, new: set[str]) -> None:
        """Look for the surnames `new` too (see _surnames_from)."""
        for name in new:
            if name[0] in name[1:] and any(name[:k] == name[-k:] for k in range(1, len(name))):
                self.whole[name] = _surname_hits(self.text, self.spans, self.starts, name, self.first_seen, len(self.text))
            else:
                same = self.by_initial.setdefault(name[0], [])
                self._ranked.append((name, len(same)))
                same.append(name)
            if len(name) > self._longest:
                self._longest = len(name)
        self.surnames |= new
        self._looked = (0, 0, [])  # (the stretch looked at holds none of them, as far as it knows)

    def _surnames_from(self, surnames: set[str]) -> None:
        """Take `surnames` as the names to look for alone (the name runs read so far give them)."""
        text, spans = self.text, self.spans
        # built as person_names builds it: a set iterated in the same order
        self.surnames = surnames
        # finds of a name like "A-A" can overlap, and which ones count depends on every
        # find before them: such a name is searched for in the whole text, once
        self.whole: dict[str, list[int]] = {}
        self.by_initial: dict[str, list[str]] = {}  # the other surnames by their capital
        # the same surnames, each with its place in its capital's list: _look lists the
        # surnames found at one offset in that order (it sorts by it, so the order of
        # this list does not matter)
        self._ranked: list[tuple[str, int]] = []
        for name in self.surnames:
            if name[0] in name[1:] and any(name[:k] == name[-k:] for k in range(1, len(name))):
                self.whole[name] = _surname_hits(text, spans, self.starts, name, self.first_seen, len(text))
            else:
                same = self.by_initial.setdefault(name[0], [])
                self._ranked.append((name, len(same)))
                same.append(name)
        # the stretch [lo, hi) of text last looked at and the surnames found in it
        self._looked: tuple[int, int, list[tuple[int, str]]] = (0, 0, [])
        self._longest = max(map(len, self.surnames), default=0)  # the longest surname's length

    def window(self, lo: int, hi: int) -> list[tuple[int, list[str]]]:
        """The entries of person_names(text, spans) that start in [lo, hi), in its order
        (its surnames those of the name runs read so far)."""
        if hi - lo <= 10_000 and self.all is None:
            self._read_to(hi)
        if lo < self.first_seen:
            lo = self.first_seen
        if not self.names or lo >= hi:
            return []
        if hi - lo > 10_000 or self.all is not None:
            # a long look back: list every person once, so that a long text with many
            # pronouns looking far back stays linear in time
            if self.all is None:
                self.all = person_names(self.text, self.spans)
                self.all_offsets = [off for off, _ in self.all]
            left = bisect.bisect_left
            return self.all[left(self.all_offsets, lo) : left(self.all_offsets, hi)]
        left = bisect.bisect_left
        whole = self.whole
        found = self._surnames_in(lo, hi)
        # as person_names lists them before sorting: the name runs, then each surname's hits
        out = self.names[left(self.offsets, lo) : left(self.offsets, hi)]
        if not whole:
            # sorted by offset, this is the same as listing the hits surname by surname
            for at, name in found:
                out.append((at, [name]))
            out.sort(key=_first)
            return out
        by_name: dict[str, list[int]] = {}
        for at, name in found:
            by_name.setdefault(name, []).append(at)
        for name in self.surnames:
            if name in whole:
                hits = whole[name]
                hits = hits[left(hits, lo) : left(hits, hi)]
            else:
                hits = by_name.get(name)
            if hits:
                out.extend((at, [name]) for at in hits)
        out.sort(key=_first)
        return out

    def _surnames_in(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(offset, surname) of the surnames in by_initial standing on their own in
        [lo, hi), in the text's order and the set's at one offset. Pronouns come in
        reading order, each looking at a stretch before it that mostly overlaps the last
        one's: the text the last stretch covered is not looked at again."""
        left = bisect.bisect_left
        seen_lo, seen_hi, finds = self._looked
        if seen_lo <= lo <= seen_hi:
            finds = finds[left(finds, (lo,)) :]  # (lo,) sorts before every (lo, name)
            if hi > seen_hi:
                finds += self._look(seen_hi, hi)
                seen_hi = hi
        else:
            finds = self._look(lo, hi)
            seen_hi = hi
        self._looked = (lo, seen_hi, finds)
        return finds[: left(finds, (hi,))]

    def _look(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """_surnames_in, looking at the text."""
        text, spans, starts = self.text, self.spans, self.starts
        if len(self._ranked) <= _FEW_SURNAMES:
            # a few surnames (most articles): str.find for each skips through the stretch
            # faster than a look at each of its capitals
            found: list[tuple[int, int, str]] = []
            find, right = text.find, bisect.bisect_right
            # most surnames are not in the stretch: an `in` test on a copy of it (which
            # may hold a few characters more than a find looks at) costs less than a find
            stretch = text[lo : hi - 1 + self._longest]
            for name, rank in self._ranked:
                if name not in stretch:
                    continue
                n = len(name)
                stop = hi - 1 + n  # a find must start before hi
                at = find(name, lo, stop)
                while at != -1:
                    # _CAPITAL_RE's test (a capital, the name's first letter, with no letter
                    # or digit before it: [^\W_] is what str.isalnum() passes), then
                    # _stands_alone's
                    if (at == 0 or not text[at - 1].isalnum()) and name[0] in _UPPERS:
                        # (_stands_alone's test of the character after, a space told first:
                        # after most finds it is one, and then only the character after it counts)
                        after = text[at + n : at + n + 1]
                        if (not text[at + n + 1 : at + n + 2].isupper()) if after == " " else not (after.isalnum() or after in _JOINERS):
                            k = right(starts, at) - 1
                            if k >= 0 and at < spans[k][1]:
                                found.append((at, rank, name))
                    at = find(name, at + 1, stop)
            found.sort()  # by offset, then as the capital's list has them
            out = []
            for at, _, name in found:
                out.append((at, name))
            return out
        # a surname standing on its own starts with a capital after no letter or digit:
        # look only there, and only for the surnames with that capital
        finds: list[tuple[int, str]] = []
        get = self.by_initial.get
        for at in map(_M_START, _CAPITAL_RE.finditer(text, lo, hi)):
            for name in get(text[at], ()):
                if text.startswith(name, at) and _stands_alone(text, spans, starts, at, at + len(name)):
                    finds.append((at, name))
        return finds


_CAPITAL_RE = re.compile(UPPER + r"(?<![^\W_].)")  # a capital with no letter or digit before it
_UPPERS = frozenset(c for c in map(chr, range(0x2000)) if c.isupper())  # the characters UPPER lists
_JOINERS = frozenset(("'", "’", "-"))  # after a surname, the marks that join it to more of a word
_FEW_SURNAMES = 32  # up to this many, _look searches for each surname in turn
_READ_AHEAD = 300
_M_START = re.Match.start


def _stands_alone(text: str, spans, starts: list[int], at: int, end: int) -> bool:
    """person_names' test for a surname found at text[at:end] (after no letter or digit)."""
    after = text[end : end + 1]
    if after in ("'", "’", "-") or after.isalnum() or (after == " " and text[end + 1 : end + 2].isupper()):
        return False
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


_first = operator.itemgetter(0)


def _second_surname(text: str, end: int) -> str | None:
    """A second family name right after a surname that ends at `end`: "Villalba" after
    "María José Ortega"."""
    m = _SECOND_SURNAME_RE.match(text, end)
    if m is None or m.group(1).lower() in _NOT_SECOND_SURNAME or m.group(1).isupper():
        return None
    return m.group(1)


# a second family name after the first: one capitalised word, then a lower-case word or punctuation
_SECOND_SURNAME_RE = re.compile(r" (" + UPPER + r"[\w'’\-]+)(?=[,.;:]|\s+[a-z(])")
_NOT_SECOND_SURNAME = (
    _NOT_GIVEN | _DAYS_AND_MONTHS | NAME_BREAKS | POST_NOMINALS | _PLACE_ENDS | NOT_NAME_OPENERS | frozenset(SPEECH_VERBS)
    | {"show", "times", "post", "news", "podcast", "radio", "hour", "report", "live", "today", "tonight", "family", "era"}
)


def _role_before(text: str, at: int) -> bool:
    """Whether the word before `at` (one space back, in the same line) is a title or a role
    noun: "head" in "village head Ujang Permana", "Adi" in "Adi Mereoni Tuilau"; before
    " of the": "Secretary-General of the ministry Mohamed Alaoui" (a name after the body's
    head word is its official), not "Shares of the company Harlow Steel"."""
    if at < 2 or text[at - 1] != " ":
        return False
    sp = max(text.rfind(" ", 0, at - 1), text.rfind("\n", 0, at - 1))
    word = text[sp + 1 : at - 1]
    low = word.lower()
    return low in ROLE_NOUNS or _is_title(word)


def _run_tail_read(text, cand, persons, g, memo):
    """A candidate that is a surname found on its own where it ends a full name of `persons`
    ((offset, words) in order) read as that full name ("Gaitán" in "His daughter,
    Silvina Gaitán, …"): it stands for that person, where the surname alone would be
    whoever of the name came first. Only the full name's own last word; not where the full
    name stands as an object ("an endorsement of Hillary Clinton") nor after a relative of
    the other sex than a he or she ("Clinton and her husband, former President Bill
    Clinton, …"): there the surname keeps its first bearer. `memo` keeps what each pair of
    surname and full name gave (a pronoun after another meets the same persons again).
    (Read only for the candidates a pronoun tries, mostly the first one or two: the
    reading changes no candidate's place, nor whether it is tried.)"""
    off, _, toks = cand
    # the full names starting in the 80 characters before it, newest first
    k = bisect.bisect_left(persons, (off,))  # (the first one from off on: (off,) sorts before (off, words))
    while k:
        k -= 1
        r_off, r_toks = persons[k]
        if r_off + 80 <= off:
            break
        if len(r_toks) >= 2 and r_toks[-1] == toks[0]:
            key = (off, r_off, g, toks[0], len(r_toks))
            got = memo.get(key, _NOT_YET)
            if got is _NOT_YET:
                got = memo[key] = _run_tail(text, off, toks[0], r_off, r_toks, g)
            if got is False:
                continue
            if got is not None:
                return (off, None, list(got))
            break
    return cand


_NOT_YET = object()  # (see _run_tail_read)


def _run_tail(text, off, surname, r_off, r_toks, g):
    """For _run_tail_read: False when the surname at `off` does not end the full name
    at `r_off`; None when it does but stays itself; else the full name's words as written."""
    if (
        _RUN_GAP_RE.search(text, r_off, off)
        or len(text[r_off:off].split()) != len(r_toks) - 1  # (its own last word)
        or _role_after(text, off + len(surname))
    ):
        return False
    if _object_like(text, r_off) or (g and _kin_before(text, r_off) not in (None, g)):
        return None
    # the name as written, its initials' stops kept ("Janet L. Yellen")
    start = max(text.rfind(" ", 0, r_off), text.rfind("\n", 0, r_off)) + 1
    if start < r_off and not text[start:r_off].replace(".", "").isalpha():
        start = r_off  # ("A.E. Dick Howard" from "A.", not "(Dick Howard")
    return text[start : off + len(surname)].split()


def _kin_before(text: str, at: int) -> str | None:
    """The sex of a relative the name at `at` stands in apposition to ("her husband,
    former President Bill Clinton"), or None."""
    lo = at - 60 if at > 60 else 0
    comma = text.rfind(",", lo, at)
    if comma == -1:
        return None
    m = _KIN_WORD_RE.search(text, lo, comma)
    # (.get of the case-folded word: re.I also matches "ſ" for "s", "İ" and "ı" for "i",
    # which lower() does not give back: "ſon" is "son", "wıfe" nobody's)
    return None if m is None else _KIN_SEX.get(m.group(1).casefold())


_KIN_SEX = dict.fromkeys(("husband", "son", "father", "brother", "grandson", "grandfather", "nephew", "uncle",
                          "boyfriend", "stepson", "stepfather", "widower"), "m") | dict.fromkeys(
    ("wife", "daughter", "mother", "sister", "granddaughter", "grandmother", "niece", "aunt", "girlfriend",
     "stepdaughter", "stepmother", "widow"), "f")
# = \b(husband|son|…)$ with re.I, written to open with a set of first letters (each with
# the characters re.I matches it to: "ſ" for "s") and the word boundary a look-behind after
# it, so that the search skips to those letters rather than trying it at every character
_KIN_WORD_RE = re.compile(
    "("
    + "|".join(
        "[" + "".join(sorted({c, c.upper()} | ({"ſ"} if c == "s" else set()))) + r"](?<!\w.)(?i:" + _branches([w[1:] for w in _KIN_SEX if w[0] == c]) + ")"
        for c in sorted({w[0] for w in _KIN_SEX})
    )
    + ")$"
)


_RUN_GAP_RE = re.compile(r"[,;:\n\"“”()]")


def _role_after(text: str, end: int) -> bool:
    """Whether a role noun follows the name ending at `end`: "Kinetiq Mobility chief
    executive …" is the body the role is at, no person."""
    m = _WORD_AFTER_RE.match(text, end)
    return m is not None and (m.group(1) in ROLE_NOUNS or m.group(1) in TITLES or m.group(1) in NAME_ROLES)


_WORD_AFTER_RE = re.compile(r" ([a-z\-]+)")
