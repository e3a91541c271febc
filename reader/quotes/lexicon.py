"""Word lists the engine reasons with: speech verbs, pronouns, determiners, titles, roles.

Kept as data in one place so that the rules in attribute.py and speakers.py read as
rules. Everything is lower case."""
from __future__ import annotations

import re


def _forms(spec: str) -> dict[str, tuple[str, str]]:
    """'say said said saying says' lines -> {form: (tag, lemma)}, tag in base/s/ing/past/part."""
    out: dict[str, tuple[str, str]] = {}
    for line in spec.strip().splitlines():
        base, past, part, ing, third = line.split()
        for form, tag in ((base, "base"), (third, "s"), (ing, "ing"), (past, "past"), (part, "part")):
            out.setdefault(form, (tag, base))
    return out


# base past participle ing 3rd-person
SPEECH_VERBS = _forms("""
say said said saying says
tell told told telling tells
add added added adding adds
ask asked asked asking asks
write wrote written writing writes
tweet tweeted tweeted tweeting tweets
post posted posted posting posts
explain explained explained explaining explains
note noted noted noting notes
warn warned warned warning warns
insist insisted insisted insisting insists
argue argued argued arguing argues
claim claimed claimed claiming claims
declare declared declared declaring declares
state stated stated stating states
continue continued continued continuing continues
reply replied replied replying replies
respond responded responded responding responds
answer answered answered answering answers
admit admitted admitted admitting admits
acknowledge acknowledged acknowledged acknowledging acknowledges
announce announced announced announcing announces
observe observed observed observing observes
remark remarked remarked remarking remarks
comment commented commented commenting comments
suggest suggested suggested suggesting suggests
recall recalled recalled recalling recalls
predict predicted predicted predicting predicts
promise promised promised promising promises
vow vowed vowed vowing vows
pledge pledged pledged pledging pledges
urge urged urged urging urges
plead pleaded pleaded pleading pleads
joke joked joked joking jokes
laugh laughed laughed laughing laughs
sigh sighed sighed sighing sighs
quip quipped quipped quipping quips
boast boasted boasted boasting boasts
brag bragged bragged bragging brags
complain complained complained complaining complains
concede conceded conceded conceding concedes
conclude concluded concluded concluding concludes
contend contended contended contending contends
counter countered countered countering counters
demand demanded demanded demanding demands
deny denied denied denying denies
emphasize emphasized emphasized emphasizing emphasizes
emphasise emphasised emphasised emphasising emphasises
stress stressed stressed stressing stresses
underline underlined underlined underlining underlines
underscore underscored underscored underscoring underscores
assert asserted asserted asserting asserts
allege alleged alleged alleging alleges
accuse accused accused accusing accuses
charge charged charged charging charges
lament lamented lamented lamenting laments
muse mused mused musing muses
shout shouted shouted shouting shouts
yell yelled yelled yelling yells
scream screamed screamed screaming screams
exclaim exclaimed exclaimed exclaiming exclaims
whisper whispered whispered whispering whispers
proclaim proclaimed proclaimed proclaiming proclaims
reveal revealed revealed revealing reveals
confirm confirmed confirmed confirming confirms
report reported reported reporting reports
reiterate reiterated reiterated reiterating reiterates
repeat repeated repeated repeating repeats
maintain maintained maintained maintaining maintains
testify testified testified testifying testifies
agree agreed agreed agreeing agrees
advise advised advised advising advises
caution cautioned cautioned cautioning cautions
scoff scoffed scoffed scoffing scoffs
retort retorted retorted retorting retorts
interject interjected interjected interjecting interjects
tout touted touted touting touts
describe described described describing describes
call called called calling calls
dub dubbed dubbed dubbing dubs
label labeled labeled labeling labels
label labelled labelled labelling labels
brand branded branded branding brands
praise praised praised praising praises
criticize criticized criticized criticizing criticizes
criticise criticised criticised criticising criticises
mock mocked mocked mocking mocks
blast blasted blasted blasting blasts
slam slammed slammed slamming slams
thank thanked thanked thanking thanks
recount recounted recounted recounting recounts
read read read reading reads
begin began begun beginning begins
wonder wondered wondered wondering wonders
point pointed pointed pointing points
cry cried cried crying cries
chant chanted chanted chanting chants
sing sang sung singing sings
speak spoke spoken speaking speaks
press pressed pressed pressing presses
echo echoed echoed echoing echoes
boom boomed boomed booming booms
fume fumed fumed fuming fumes
gush gushed gushed gushing gushes
snap snapped snapped snapping snaps
intone intoned intoned intoning intones
bemoan bemoaned bemoaned bemoaning bemoans
decry decried decried decrying decries
deplore deplored deplored deploring deplores
denounce denounced denounced denouncing denounces
condemn condemned condemned condemning condemns
hail hailed hailed hailing hails
defend defended defended defending defends
opine opined opined opining opines
aver averred averred averring avers
confess confessed confessed confessing confesses
confide confided confided confiding confides
inform informed informed informing informs
assure assured assured assuring assures
reassure reassured reassured reassuring reassures
concur concurred concurred concurring concurs
grumble grumbled grumbled grumbling grumbles
murmur murmured murmured murmuring murmurs
rail railed railed railing rails
tease teased teased teasing teases
taunt taunted taunted taunting taunts
chide chided chided chiding chides
query queried queried querying queries
inquire inquired inquired inquiring inquires
quote quoted quoted quoting quotes
cite cited cited citing cites
herald heralded heralded heralding heralds
question questioned questioned questioning questions
react reacted reacted reacting reacts
demur demurred demurred demurring demurs
dismiss dismissed dismissed dismissing dismisses
reject rejected rejected rejecting rejects
portray portrayed portrayed portraying portrays
deride derided derided deriding derides
characterize characterized characterized characterizing characterizes
characterise characterised characterised characterising characterises
lambast lambasted lambasted lambasting lambasts
disagree disagreed disagreed disagreeing disagrees
remind reminded reminded reminding reminds
""")

# words sent from a phone or a mailbox: "…," one aide texted. Only the past forms, as
# "text", "message" and "email" are mostly nouns ("a campaign message: "…"")
for _form, _base in (("texted", "text"), ("messaged", "message"), ("emailed", "email"), ("e-mailed", "e-mail")):
    SPEECH_VERBS[_form] = ("past", _base)
# South Asian copy's "termed the statement "an eyewash"", "terming it "illegal"": a verb
# of calling. Not "term" or "terms", which are mostly nouns ("a second term", "the terms")
SPEECH_VERBS["termed"] = ("past", "term")
SPEECH_VERBS["terming"] = ("ing", "term")

# verbs whose object sits between them and the quote ("called it 'a disaster'"): the
# quote must follow within a few words, or the verb is not introducing it
OBJECT_CUES = {"call", "dub", "label", "brand", "describe", "praise", "criticize", "criticise", "mock", "blast",
               "slam", "thank", "accuse", "charge", "tout", "urge", "warn", "promise", "tell", "ask", "advise",
               "dismiss", "reject", "portray", "deride", "characterize", "characterise", "lambast", "decry",
               "denounce", "condemn", "term"}
# verbs that only count as cues right before the quote or with an explicit object
WEAK_CUES = {"defend", "press", "echo", "boom", "snap", "rail", "quote", "cite", "inform", "hail", "read", "begin", "wonder", "point", "cry", "chant", "sing", "speak", "continue", "state", "report",
             "post", "repeat", "maintain", "agree", "note", "answer", "comment", "recall", "observe", "remark",
             "counter", "question", "disagree"}
SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
DETERMINERS = {"a", "an", "the", "one", "another", "some", "many", "several", "two", "three", "four", "both",
               "his", "her", "their", "its", "our", "my", "your", "other", "most", "few", "all", "each", "any",
               "this", "that", "these", "those", "no"}
ANON_DETERMINERS = {"a", "an", "one", "another", "some", "many", "several", "two", "three", "four", "both",
                    "other", "most", "few", "all", "each", "any"}
BE = {"is", "was", "were", "are", "be", "been", "being", "'s", "’s", "get", "got", "gets", "getting"}
# words that open a new clause: a cue before one of them does not reach past it
CLAUSE_BREAKS = {"as", "while", "because", "after", "before", "when", "if", "who", "which", "but", "since",
                 "although", "though", "whereas", "until", ";", ",", "and", "where"}
TIME_WORDS = {"week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "spring", "summer",
              "fall", "autumn", "winter"}
# words that may stand between a subject and its verb: "Smith also said", "she has said"
ADVERBS = {"also", "later", "then", "previously", "once", "again", "further", "just", "reportedly", "has", "have",
           "had", "would", "will", "could", "did", "does", "do", "recently", "earlier", "repeatedly", "often",
           "publicly", "privately", "initially", "simply", "quickly", "flatly", "bluntly", "angrily", "finally",
           "famously", "frequently", "now", "still", "already", "may", "might", "should", "can", "must",
           "even", "only", "first", "subsequently", "immediately", "openly", "separately", "allegedly",
           "apparently", "actually", "really", "herself", "himself", "themselves", "not", "never", "always",
           # a concession between name and verb: "The prosecutor nevertheless said she was …"
           "nevertheless", "nonetheless",
           # the same unpunctuated, as West African and South Asian copy writes it: "Mrs. Koroma
           # however added that …"
           "however"}
DISCOURSE = {"but", "and", "so", "yet", "still", "meanwhile", "however", "also", "then", "now", "later",
             "earlier", "instead", "indeed", "and", "or", "as", "while", "when", "after", "before", "because",
             "if", "though", "although", "since", "until", "in", "on", "at", "last", "this", "that", "speaking",
             "asked", "today", "yesterday", "tonight", "here", "there", "thus", "nonetheless", "moreover",
             "furthermore", "separately", "elsewhere", "finally", "first", "second", "afterward", "afterwards",
             "where", "which", "who", "what", "why", "how", "said", "says", "outside", "inside", "across",
             "around", "during", "despite", "under", "over", "near", "beyond", "within", "without", "throughout",
             "among", "amid", "behind", "beside", "between", "against", "toward", "towards", "upon", "for", "from",
             "with", "by", "to", "of", "about", "like", "unlike", "overall", "nearby"}
NAME_CONNECTORS = {"de", "van", "von", "bin", "al", "la", "le", "du", "da", "der", "den", "di", "ibn", "del", "dos",
                   "st", "y", "ter", "el", "abu", "mc", "ap", "ab", "verch", "bint", "binti", "das", "do", "ten",
                   "zu", "af", "della", "degli", "dei"}
# peers' titles, held "of" a place ("the Duke of Westmark"): not TITLES, which are dropped before
# a name ("Duke" opens given names and a university's name)
NOBLE_TITLES = frozenset({"duke", "duchess", "earl", "countess", "marquess", "marchioness", "viscount", "viscountess"})
# titles whose holder is named by the title and its place: "the Duke of Westmark", "the Bishop of Carrow"
SEE_TITLES = NOBLE_TITLES | {"bishop", "archbishop"}
TITLES = {"asp", "ssp", "dsp", "aip", "shrimati", "mme", "madame", "señora", "senora", "sra", "frau", "herr", "begum", "sheikha", "hajia",
          "monsieur", "señor", "doña", "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "prof",
          "professor", "rev", "reverend", "gov", "governor", "sen", "senator", "rep", "representative", "president",
          "pres", "gen", "general", "lt", "col", "sgt", "capt", "captain", "cllr", "coun", "councillor", "judge",
          "cr",  # (an Australian or New Zealand councillor: "Cr Kyriakou said")
          "justice", "mayor", "father", "sister", "brother", "rabbi", "imam", "pope", "king", "queen", "prince",
          "princess", "chancellor", "secretary", "minister", "premier", "ambassador", "commissioner", "chief",
          "officer", "detective", "inspector", "superintendent", "coach", "speaker", "leader", "attorney",
          "vice", "deputy", "prime", "first", "former", "mp", "mep", "msp", "sheriff", "adm", "admiral", "cmdr",
          "maj", "major", "gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "councilman", "councilwoman",
          "councilmember", "congressman", "congresswoman", "assemblyman", "assemblywoman", "local", "union",
          "organiser", "organizer", "consultant", "rail", "council", "harbour", "harbor", "master", "spokesman",
          "spokeswoman", "spokesperson", "executive", "director", "founder", "activist", "campaigner", "analyst",
          "lawyer", "attorney-general", "economist", "professor", "dean", "principal", "headteacher", "pastor",
          # parliaments and heads of government elsewhere: Irish TDs, Northern Irish MLAs, premiers
          "td", "tds", "mla", "mlas", "ms", "mhk", "mpp", "mna", "mec", "taoiseach", "tánaiste", "tanaiste", "co-leader",
          "chair", "chairman", "chairwoman", "chairperson", "ceo",
          # honorifics used elsewhere: Singapore and Malaysia, Nigeria, India
          "madam", "mdm", "datuk", "dato", "datin", "puan", "encik", "alhaji", "alhaja", "hajiya", "engr", "barr",
          "shri", "smt", "hon", "comrade", "comr", "undersecretary", "under-secretary", "mama", "mzee", "ka", "pm", "dpm", "cs", "ps", "mca", "gov't",
          # Bhutan's: a minister is "Lyonpo", a district's governor "Dasho Dzongdag", a gewog's
          # head "Gup" ("Drukgang Gup Tashi Phuntsho"); and the army rank "Brigadier"
          "lyonpo", "dasho", "dzongdag", "gup", "brigadier",
          # a member of Israel's Knesset: "MK Tamar Elkayam (Achdut)" (see _name_not_title: "MK Stalin")
          "mk",
          # Indonesia (Pak Darto, Ibu Sri, Haji Bambang) and Fiji's chiefly titles (Ratu Josefa, Adi Mereoni)
          "pak", "bapak", "ibu", "haji", "hajjah", "ratu", "adi",
          # Sarawak's community chiefs: "Temenggong Ugak Nyalau", "Penghulu Michael Sandai"
          "temenggong", "penghulu",
          # and Malaysia's teacher, "Cikgu Rina" (as the papers there write one known so)
          "cikgu",
          # Ghana's chiefs: "Osagyefo Nana Owusu Ampem-Darko II", later "Nana Ampem-Darko";
          # "Togbe Afede", "Odeefuo Kwame Boakye Agyemang IV", "Daasebre", "Nii", "Naa"
          "osagyefo", "odeefuo", "daasebre", "otumfuo", "okatakyie", "oseadeeyo", "togbe", "nana", "nii", "naa",
          # Ethiopia (Ato Dawit, W/ro Almaz, W/t Hana) and Thailand (Khun Somsri)
          "ato", "w/ro", "w/t", "weizero", "weizerit", "khun",
          # a movement's or federation's head: "Farmers' Federation Convener Sunil Jayakody"
          "convener", "convenor",
          # a tribe's office before its holder's name, as New Zealand writes it: "Iwi chair Mere Tane"
          "iwi",
          # the American spelling, also Taiwan's: "Taipei City Councilor Lo Mei-ling"
          "councilor",
          # police ranks as the Caribbean and Commonwealth press shortens them: "Snr Supt Rawle
          # Dookeran", "Insp Ann Baptiste", "Cpl Ravi Singh" (the last title goes, "Snr" with it)
          "supt", "insp", "cpl",
          # and as the British press writes them: "PC Gareth Wilde", "DCI Ann Lee", "PCSO Tom Hale"
          "pc", "dci", "pcso",
          # an agency's head as American and Philippine copy titles one: "EPA Administrator
          # Gina Lane", "NGA Administrator Felipe Manalastas"
          "administrator",
          # a lawyer's title as the Philippine (and some American) press writes it: "his
          # lawyer, Atty. Mariel Cruz, said"
          "atty",
          # an engineer's title as the Sierra Leonean and Ghanaian press write it, with its
          # full stop only ("Eng. Sahr Koroma"): bare "Eng" is a given name and a surname
          "eng",
          # the army's brigadier shortened ("Brig Ann Obi", "Brig. Gen. Ann Obi", "Brig-Gen Ann
          # Obi"), a priest's "Fr Tom Pell"; northern Nigeria's "Mallam Musa Bello" (its "Mr"),
          # the pilgrim's "Hajji", Malaysia's religious teacher "Ustaz Ali Hamid"
          "brig", "fr", "mallam", "malam", "hajji", "ustaz", "ustazah",
          # Myanmar's honorific for a woman: "Daw Khin Mya" (its "U" for a man is an initial too)
          "daw"}
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt",
                 "prof", "rev", "inc", "co", "corp", "ltd", "no", "vs", "u.s", "u.k", "u.n", "d.c", "mt", "ft",
                 "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "adm", "cmdr", "maj",
                 "ave", "blvd", "dept", "est", "approx", "etc", "e.g", "i.e", "a.m", "p.m", "pres", "supt", "cllr",
                 # the Nigerian and East African press's titles, written with a full stop: "the
                 # lawmaker, Hon. Segun Bello, said", "Engr. Tunde Ojo" (not "Barr.", a surname too)
                 "hon", "engr", "atty", "eng", "brig", "fr",
                 # India's "Smt." (Shrimati) before a woman's name: "Smt. Lata Devi said"
                 "smt"}
# nouns that name a person or body by role: "a source", "the spokesman", "officials"
# jobs and callings written before a name like a title, which a display name drops as it
# drops "Senator": "Managing Editor Bill Sammon", "Senate Minority Whip Dick Durbin"
NAME_ROLES = {"medic", "paramedic", "soldier", "infantryman", "translator", "interpreter", "boss", "skipper", "winger", "forward", "full-back", "fullback", "playmaker", "batsman", "batter", "bowler",
              "pitcher", "quarterback", "player", "substitute", "sub", "elder", "kaumātua", "kaumatua", "kuia", "neighbor", "neighbour", "survivor", "witness", "passenger",
              "widow", "widower", "protester", "protestor", "organizer", "organiser", "owner", "editor", "whip", "alderman", "alderwoman", "adviser", "advisor", "counsel", "recorder", "advocate",
              "treasurer", "correspondent", "columnist", "anchor", "host", "commentator", "strategist", "pollster",
              "publisher", "producer", "author", "novelist", "historian", "reporter", "challenger", "clerk",
              "comptroller", "controller", "auditor", "assessor", "marshal", "constable", "magistrate",
              "prosecutor", "solicitor", "barrister", "bishop", "archbishop", "cardinal", "commander", "colonel",
              "lieutenant", "sergeant", "corporal", "ranking", "surgeon", "nurse", "physician", "doctor",
              "trustee", "regent", "delegate", "superdelegate", "selectman", "selectwoman", "supervisor",
              "chancellor", "provost", "rector", "vicar", "deacon", "sheikh", "ayatollah",
              "cleric", "mullah", "lama", "guru", "chef", "designer", "architect", "artist", "singer", "actor",
              "actress", "comedian", "rapper", "musician", "striker", "goalkeeper", "midfielder",
              "defender", "captain", "manager", "umpire", "referee", "jockey", "trainer", "stylist", "coordinator",
              "co-ordinator", "detectorist", "astronaut", "retiree", "pensioner",
              # who grows or keeps what the story is about: "Pomelo grower Huang Mei-ling"
              "grower", "breeder", "herder", "rancher", "beekeeper", "orchardist", "smallholder",
              "student", "farmer", "fisherman", "trader", "vendor", "shopkeeper", "mechanic", "engineer", "banker",
              "entrepreneur", "businessman", "businesswoman", "homeowner", "tenant", "landlord", "commuter",
              "motorist", "parent", "grandmother", "grandfather", "volunteer", "lecturer", "researcher", "scientist",
              "resident", "worker", "teacher", "lawmaker", "legislator", "senator-elect", "secretary-general",
              "director-general", "solicitor-general", "auditor-general", "surgeon-general", "governor-general",
              "rival", "journalist", "challenger", "incumbent", "frontrunner", "front-runner", "billionaire",
              "tycoon", "mogul", "candidate", "hopeful", "contender",
              # everyday jobs the Asian press writes before a name: "Housewife Nurul Ain Zakaria"
              "housewife", "homemaker", "driver", "hawker", "labourer", "laborer", "cleaner", "electrician", "plumber",
              "technician", "accountant", "pharmacist", "cashier", "housekeeper", "caretaker", "nanny",
              # a newcomer in a sports report: "Rookie Étienne Lachance scored twice"
              "rookie", "debutant",
              # an account on a social network, before its handle or name: "X user @dilsedesi_92"
              "user",
              # the sciences a report quotes on a disaster: "Meteorologist Nguyen Hoang Phuong said"
              "meteorologist", "forecaster", "hydrologist", "geologist", "seismologist", "volcanologist",
              "climatologist", "epidemiologist", "virologist", "oceanographer",
              # and the field sciences an interview's headline opens with: "Glaciologist Mara Venn on …"
              "glaciologist", "biologist", "ecologist", "zoologist", "botanist", "archaeologist", "physicist",
              # the callings a rescue, a clinic or a local story writes before a name as "Nurse"
              # is: "Firefighter Ann Obi said", "Midwife Tom Pell" (not "Baker", "Mason", "Cook",
              # "Fisher", "Porter", "Painter" or "Warden": surnames as often as jobs)
              "firefighter", "lifeguard", "midwife", "dentist", "therapist", "physiotherapist",
              "psychologist", "psychiatrist", "veterinarian", "carer", "caregiver", "chaplain", "policeman",
              "policewoman", "pilot", "librarian", "courier", "janitor", "photographer", "filmmaker",
              # and a tech story's: "Developer Marcus Feld wrote"
              "developer", "programmer", "coder"}
# a verb of speech put before its speaker, opening the sentence: "Added Ann Obi: …",
# "Continued the mayor: …" (not "Said", a given name: "Said Ahmed told …" is read apart;
# nor "Told" and "Asked", whose object is the one spoken to)
SPEECH_VERBS_PUT_FIRST = frozenset({
    "added", "adds", "continued", "continues", "explained", "explains", "concluded", "noted", "notes",
    "warned", "warns", "insisted", "insists", "recalled", "recalls", "conceded", "admitted", "stressed",
    "stresses", "replied", "countered", "stated", "states",
})
# capitalised words that open a question or a Title Case fragment and never a name: "Is
# Sanders finally …?", "Did Donald Trump …?" (not "Will" or "May": Will Estrada, Theresa May)
NOT_NAME_OPENERS = {"is", "are", "was", "were", "am", "has", "have", "had", "does", "did", "can", "could",
                    "would", "should", "shall", "must", "just", "not", "never", "only", "even", "why", "how",
                    "what", "who", "which", "whose", "whom", "says", "said", "asks", "asked", "reporting",
                    "watch", "read", "see", "dear", "please", "breaking", "exclusive", "update", "updated", "go",
                    "vote", "meet", "thank", "thanks", "sorry", "welcome", "congratulations",
                    # a credit line's "Follow Breitbart News reporter Tom Pell on Twitter"
                    "follow",
                    # a participle that opens a sentence with a comma: "Responding, the Taoiseach
                    # said …", "Reacting, the commissioner said …" (the speaker comes after it)
                    "responding", "reacting", "speaking", "commenting", "replying", "answering", "addressing",
                    "continuing", "concluding", "explaining", "welcoming", "briefing", "appearing", "testifying",
                    # a conjunction or preposition that opens a sentence before a name: "Neither
                    # Tom Kessel nor …", "Unless Ann Obi …", "Including Tom Pell, …" (not "Per",
                    # "Save": given names and surnames too; nor "Plus", which opens a firm's
                    # name: "Plus Markets said")
                    "neither", "nor", "either", "whether", "unless", "whereas", "except", "besides",
                    "including", "excluding", "barring", "regarding", "concerning", "following",
                    "alongside", "apart", "especially", "notably", "particularly"} | SPEECH_VERBS_PUT_FIRST
# capitalised words inside a run of capitals that end a name there: "Trump And Marco Rubio",
# "Gina Rodriguez Questioned What", "Cruz With George Wallace"
NAME_BREAKS = {"and", "or", "with", "on", "to", "who", "what", "which", "that", "as", "is", "are", "was", "were",
               "says", "said", "vs", "versus", "than", "by", "into", "about", "over", "after", "against", "at",
               "in", "if", "but", "not", "has", "have", "had", "will", "would", "can", "could", "should"}
# letters written after a name: "Marcus Penhallow MP", "Ann Hosken KC", "Tom Reed Jr"
POST_NOMINALS = {"mp", "msp", "ms", "mla", "td", "mep", "qc", "kc", "sc", "jr", "sr", "obe", "mbe", "cbe", "phd",
                 "md", "esq", "iii", "ii", "iv",
                 # Nigeria's Senior Advocate, after a lawyer's name: "Femi Ade, SAN, said"
                 "san"}
# words that tie a group to what it knows: "sources close to the star", "people familiar with the talks"
CLOSE_TO = {"close", "familiar", "briefed", "loyal", "allied", "linked", "tied", "near"}
# the pronouns for one unnamed, or all, no one's name: "someone close to the mayor",
# "everybody familiar with the talks", "Somebody in the crowd shouted" (kept as written)
SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody"})
# party labels written before a name: "House Republican Thomas Massie", "Democrat Hillary Clinton"
PARTY_WORDS = {"independent", "republican", "republicans", "democrat", "democrats", "democratic", "conservative", "liberal",
               "libertarian", "progressive", "labour", "tory", "unionist", "nationalist", "socialist"}
ROLE_NOUNS = {
    "taoiseach", "tánaiste", "tanaiste", "premier", "td", "mla", "co-leader",
    "mec",  # a South African province's member of the executive council: "Transport MEC Nomvula Khumalo"
    "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "minister", "ministers", "leader", "leaders",
    "president", "secretary", "director", "chief", "executive", "executives", "analyst", "analysts", "expert",
    "experts", "critic", "critics", "supporter", "supporters", "member", "members", "mp", "mps", "voter",
    "voters", "resident", "residents", "officer", "officers", "lawyer", "lawyers", "attorney", "attorneys",
    "candidate", "nominee", "senator", "senators", "governor", "representative", "manager", "chairman",
    "chairwoman", "chair", "chairperson", "founder", "owner", "worker", "workers", "employee", "employees",
    "teacher", "doctor", "doctors", "nurse", "police", "policeman", "witness", "witnesses", "friend", "friends",
    "neighbour", "neighbor", "neighbours", "neighbors", "father", "mother", "son", "daughter", "wife",
    "husband", "sister", "brother", "campaign", "department", "office", "committee", "group", "organization",
    "organisation", "party", "company", "agency", "administration", "council", "board", "team", "union",
    # bodies by the many, as a group speaks: "Human rights groups said", "aid organisations warned"
    "groups", "organisations", "organizations", "charities",
    # a Māori tribe and its sub-tribe speak as a union does: "the iwi said", "Iwi vows …"
    "iwi", "hapū", "hapu",
    "association", "ministry", "government", "spokesmen", "strategist", "strategists", "pollster",
    "pollsters", "operative", "operatives", "activist", "activists", "protester", "protesters", "organizer",
    "organizers", "organiser", "organisers", "professor", "researcher", "researchers", "economist",
    "economists", "historian", "author", "reporter", "reporters", "journalist", "journalists", "editor",
    "commentator", "host", "anchor", "moderator", "insider", "insiders", "ally", "allies", "donor", "donors",
    "delegate", "delegates", "lawmaker", "lawmakers", "legislator", "legislators", "congressman",
    "congresswoman", "diplomat", "diplomats", "statement", "report", "study", "poll", "survey", "memo",
    "letter", "filing", "lawsuit", "release", "website", "ad", "advertisement", "post", "tweet", "councillor",
    "councillors", "mayor", "judge", "prosecutor", "prosecutors", "investigator", "investigators", "person",
    "people", "man", "woman", "men", "women", "student", "students", "parent", "parents", "chancellor",
    "deputy", "head", "staffer", "staffers", "staff", "representatives", "candidates", "nominees", "observer",
    "observers", "figure", "figures", "veteran", "veterans", "backbencher", "backbenchers", "colleague",
    "colleagues", "counterpart", "fan", "fans", "owner", "owners", "farmer", "farmers", "scientist",
    "scientists", "economist", "sheriff", "commissioner", "inspector", "detective", "superintendent", "coach",
    "player", "players", "captain", "lieutenant", "general", "admiral", "ambassador", "envoy", "mayor",
    "surgeon", "physician", "psychologist", "consultant", "consultants", "advocate", "advocates", "partner",
    "partners", "chairs", "presidents", "secretaries", "directors", "governors", "senior", "mep", "meps",
    "msp", "msps", "tory", "tories", "democrat", "democrats", "republican", "republicans", "candidate",
    "speaker", "whip", "trustee", "trustees", "negotiator", "negotiators", "planner", "planners",
    "mediator", "mediators", "defender", "winger", "skipper",
    # entertainment pages' speakers for a star: "a rep for Vance", "her publicist"
    "rep", "reps", "publicist", "publicists",
    # a country's mission speaks as a body: "The Kerlani embassy in Bakanda said"
    "embassy", "consulate",
    # the people of a place or a market, who speak as residents do: "say Phra Nakhon Tai villagers"
    "villager", "villagers", "trader", "traders", "vendor", "vendors",
    # a party's unnamed worker as Indian copy calls one: "a senior JVP functionary said", "an
    # office-bearer of the state unit"
    "functionary", "functionaries", "office-bearer", "office-bearers",
    # one a crime or a fraud was done to, who tells of it: "A victim, a 34-year-old driver,
    # told …" (a role, no title: "Victim Support" is a charity's name)
    "victim",
}
# hyphenated offices, which open a role phrase like any role noun; and "the opposition"
ROLE_NOUNS |= {"opposition", "counsel", "relative", "relatives", "metro", "municipality", "fan", "fans", "star",
               "actress", "actor", "teenager", "player", "striker", "midfielder", "goalkeeper", "pal", "pals", "secretary-general", "director-general", "attorney-general", "solicitor-general", "auditor-general",
               "surgeon-general", "governor-general", "vice-president", "vice-chancellor", "editor-in-chief",
               "commander-in-chief", "chief-executive", "secretary-treasurer"}
# groups that speak as one in strike, housing and pension stories: "French unions promise …",
# "…, landlords warn of 'exodus'" (as "farmers", "residents" and "critics" already do)
ROLE_NOUNS |= {"unions", "landlords", "tenants", "employers", "pensioners", "opponents",
               # and one employer, who speaks as a body does: "for what her employer called "gross misconduct""
               "employer",
               # the relatives of a story's patients or victims, who speak as one: "Families of elderly
               # patients at Wanderrie Hospital say they are "devastated""
               "families"}
# the people an advice column, a phone-in or a review hears from: "Another reader, who asked
# not to be named, took the opposite path. "…," she wrote", "one caller said"
ROLE_NOUNS |= {"reader", "readers", "caller", "callers", "listener", "listeners", "diner", "diners"}
# the many of a body above, who speak as "groups" do: "Meanwhile aid agencies said", "Local
# councils warned", "Insurance companies say"
ROLE_NOUNS |= {"agencies", "councils", "committees", "departments", "ministries", "associations", "companies",
               "governments", "authorities"}
# a young man or woman as the Pacific, West African and South Asian press calls one: "A youth
# from Tauba, who asked not to be named, says …" (and "youths"; the collective "the youth of
# the village" is no one's name either way)
ROLE_NOUNS |= {"youth", "youths"}
# a country's press speaking as a group: "State media said", "…," Iranian state media reported
ROLE_NOUNS |= {"media"}
# a title holder, named by the title: "said US Open champion Dana Reyes", "said Tour de
# France winner Tom Pell" (the event before it is no one's name)
ROLE_NOUNS |= {"champion", "winner", "medallist", "medalist"}
# the bodies and officers that rule on, watch over or forecast things, who speak in a
# headline without an article: "'Stop using them now,' regulator says", "Watchdog warns …",
# "coroner says", "forecasters say 'danger to life'"
ROLE_NOUNS |= {"regulator", "regulators", "watchdog", "watchdogs", "coroner", "forecaster", "forecasters",
               "meteorologist", "meteorologists", "inspectors"}
# the courts' lawyers of Britain, Ireland and Australia, as "lawyer" is: "Pell's barrister,
# Ann Obi, said", "the family's solicitor said"
ROLE_NOUNS |= {"barrister", "barristers", "solicitor", "solicitors"}
# the callings of arts pages, a church's ministers and the ones a disaster or a war story
# hears from, each a role after a possessive or a body's name as "coach" is: "the band's
# rapper said", "the UN's humanitarian coordinator, Ann Obi, said", "the Kell vicar said"
ROLE_NOUNS |= {"rapper", "novelist", "artist", "musician", "songwriter", "comedian",
               "presenter", "poet", "coordinator", "co-ordinator", "headteacher", "vicar", "imam", "rabbi",
               "pastor", "priest", "chef", "producer", "engineer", "survivor", "rescuer",
               "firefighter", "soldier", "commander"}
# the many a disaster, a war or a local story hears from, who speak bare as "residents" and
# "witnesses" do: "Survivors said", "Firefighters said", "Mourners said", "Pupils said"
ROLE_NOUNS |= {"survivors", "evacuees", "rescuers", "firefighters", "soldiers", "mourners", "worshippers",
               "parishioners", "pupils", "teachers", "paramedics", "medics", "refugees",
               "migrants", "passengers", "commuters", "volunteers", "shoppers", "customers",
               "pilgrims", "revellers", "devotees"}
# adjectives that may stand inside a role phrase: "a senior Labour source"
ROLE_ADJECTIVES = {"assistant", "acting", "associate", "senior", "former", "top", "chief", "deputy", "shadow", "unnamed", "anonymous", "local", "other",
                   "foreign", "prominent", "longtime", "long-time", "fellow", "current", "new", "junior",
                   "federal", "state", "national", "regional", "campaign", "press", "white", "house", "party",
                   "government", "military", "police", "administration", "defense", "defence", "legal", "public",
                   "private", "independent", "veteran", "retired", "leading", "well-known", "vice", "executive",
                   "general", "political", "economic", "foreign-policy", "health", "security", "intelligence",
                   "communications", "policy", "close", "cabinet", "conservative", "liberal", "progressive",
                   "democratic", "republican", "presidential", "vice-presidential", "congressional", "nominee",
                   "spokesman", "spokeswoman", "second", "third", "first", "another", "global", "city", "county",
                   "council", "town", "district", "media", "news", "top-ranking", "high-ranking", "unidentified",
                   "outgoing", "incoming", "acting", "interim", "assistant", "associate", "managing", "founding",
                   "young", "old", "elderly", "local", "american", "british", "european", "labour", "tory"}
# words that carry a role phrase on to an organisation: "a spokesman for the campaign"
ROLE_LINKS = {"for", "of", "at", "from", "with", "on", "to", "in"}
# speech verbs whose same form is also a noun ("a Twitter comment", "his claims")
NOUNABLE = {"comment", "comments", "claim", "claims", "report", "reports", "statement", "post", "posts", "tweet",
            "tweets", "call", "calls", "answer", "answers", "reply", "replies", "remark", "remarks", "note", "notes",
            "promise", "promises", "pledge", "pledges", "warning", "charge", "charges", "demand", "demands",
            "retort", "quip", "joke", "jokes", "vow", "vows", "plea", "praise", "read", "continue", "state",
            "states", "point", "points", "cry", "cries", "chant", "chants", "counter", "mock", "blast", "slam",
            "thanks", "stress", "repeat", "brand", "label", "labels", "tout", "muse", "yell", "shout", "shouts",
            "whisper", "wonder", "concede", "admit", "deny", "boast", "boasts", "complaint", "complain"}
CONTRACTED_PRONOUNS = {"he's": "he", "she's": "she", "they're": "they", "we're": "we", "i'm": "i", "he'd": "he",
                       "she'd": "she", "they'd": "they", "we'd": "we", "i'd": "i", "he'll": "he", "she'll": "she",
                       "they'll": "they", "we'll": "we", "i'll": "i", "i've": "i", "we've": "we", "they've": "they", "it's": "it"}
NON_NAMES = {"hours", "days", "weeks", "months", "years", "minutes", "moments", "wait", "yes", "no", "well",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
             "today", "yesterday", "tomorrow", "tonight", "i", "in", "on", "at", "the", "a",
             "an", "it", "this", "that", "there", "here", "but", "and", "meanwhile", "however", "afterwards",
             # a concession opening the sentence: "Nevertheless, the senator said:"
             "nevertheless", "nonetheless"}

# any capital letter, not only A-Z: Ó Briain, Ní Bhriain, Tāwhiri, Łukasz, Åsa
UPPER = "[" + re.escape("".join(c for c in map(chr, range(0x2000)) if c.isupper())) + "]"
# the portfolio words between a title and a name: "Minister for Housing Dara Ní Bhriain",
# "Secretary of State Antony Blinken"
PORTFOLIOS = {"housing", "health", "finance", "education", "justice", "transport", "foreign", "affairs", "defence",
              "defense", "state", "environment", "agriculture", "enterprise", "employment", "social", "protection",
              "children", "culture", "sport", "tourism", "energy", "climate", "trade", "home", "treasury", "labour",
              "labor", "public", "expenditure", "higher", "further", "rural", "community", "development",
              "communications", "media", "arts", "heritage", "local", "government", "immigration", "integration",
              "equality", "disability", "youth", "business", "industry", "science", "innovation", "technology",
              "digital", "infrastructure", "planning", "water", "food", "fisheries", "marine", "police", "policing",
              "veterans", "women", "indigenous", "regional", "economic", "revenue", "commerce", "interior",
              "homeland", "security", "economy", "budget", "external", "internal", "works", "welfare", "pensions",
              "work", "the", "and", "&", "of", "for", "logistics", "transportation", "human", "services", "natural",
              "resources", "mobility", "lands", "mines", "mining", "aviation", "sports", "constitutional", "mainland",
              # South Asia's and the Middle East's cabinets: "the Ministry of Water and Irrigation",
              # "Information and Broadcasting", "Ports and Shipping", "Petroleum and Minerals"
              "irrigation", "information", "broadcasting", "ports", "shipping", "petroleum", "minerals",
              "railways", "livestock", "parliamentary", "electricity", "antiquities",
              # and Pakistan's provinces': "Minister for Public Health Engineering"
              "engineering",
              # Britain's "Secretary of State for Health and Social Care"
              "care",
              # North Africa's: "Minister of Equipment and Water", "Health and Population",
              # "Supply and Internal Trade", "Investment and International Cooperation"
              "equipment", "population", "supply", "investment", "cooperation", "solidarity",
              # East Asia's, listed with commas: "Ministry of Land, Infrastructure and Transport",
              # "Ministry of Agriculture, Food and Rural Affairs"
              "land",
              # Northern Europe's: "Minister of Education and Research", "Economic Affairs and
              # Entrepreneurship"
              "research", "entrepreneurship"}
# a portfolio's second word after its "and" ("Minister of Water and Sanitation", "Commissioner
# for Energy and Climate Action", "Lands and Forestry"), which follows another portfolio's
# word only: after a name's or a body's "and" it opens a body of its own ("Minister of
# Forestry Ann Hosk and Conservation Westmark", "the Department of Justice and Action Aid")
PORTFOLIO_SECONDS = frozenset({"sanitation", "action", "forestry", "conservation"})
PORTFOLIOS |= PORTFOLIO_SECONDS
# a place's or a union's letters, which open no person's name ("said the U.S. He …",
# "flew to D.C. Obi called …", "Concord, N.H. Dana Wirth said"), unlike a person's
# initials ("W.M. Karunaratne", "J.R. Ewing")
PLACE_LETTERS = {"u.s", "u.k", "d.c", "e.u", "u.n", "n.y", "n.h", "n.j", "n.c", "s.c", "n.d", "s.d", "n.m", "r.i",
                 "l.a", "n.z"}
# words of a body's or an institution's name after a place's letters: "U.S. Supreme Court"
INSTITUTION_WORDS = {"court", "courts", "senate", "house", "congress", "army", "navy", "marines", "marine", "air",
                     "force", "guard", "coast", "circuit", "district", "supreme", "capitol", "embassy", "consulate",
                     "open", "steel", "census", "survey", "geological", "mint", "postal", "customs", "border",
                     "patrol", "federal", "national", "state", "city", "county", "public", "general", "attorney",
                     "chamber", "bar", "cup", "grand", "prix", "championship", "league", "tour", "headquarters",
                     "forces", "mission", "delegation", "airport", "stadium", "station", "plaza"}
# endings of a compound that describes the noun after it, and is never a name's word
# ("one Singapore-based crude oil products trader", "a Kremlin-backed fund")
COMPOUND_ADJECTIVES = ("-based", "-born", "-backed", "-owned", "-run", "-led", "-listed", "-registered",
                       "-headquartered", "-focused", "-linked", "-funded", "-affiliated", "-aligned", "-allied",
                       "-winning", "-nominated", "-shortlisted")  # (an award's: "the Grammy-winning singer")
# a name that opens with a lower-case particle: al-Masri, el-Sayed, bin-Salman, d'Estaing;
# and Maltese articles in the names of places and bodies: Wied il-Ħarrub, Ħarsien tal-Kampanja
# (the article "il-" and its forms before the sun letters, alone and after "ta'": "of the")
MALTESE_ARTICLES = ("il", "iċ", "id", "in", "ir", "is", "it", "ix", "iż",
                    "tal", "taċ", "tad", "tan", "tar", "tas", "tat", "tax", "taż")
# (a Maltese article with its hyphen before a word, not before letters: "the tax-GDP ratio")
PREFIXED_NAME = re.compile(
    r"(?:(?:al|el|ad|an|ar|as|at|az|ash|ath|bin|ibn|abu|ben|d|l|o)[-'’]" + UPPER + "|(?:" + "|".join(MALTESE_ARTICLES) + ")-" + UPPER + "(?!" + UPPER + "))"
)
# the last word of a body's name, which may hold "and": "the Food and Drug Administration"
BODY_HEADS = {"union", "association", "confederation", "committee", "council", "institute", "department", "party", "foundation",
              "society", "federation", "commission", "corporation", "company", "group", "league", "alliance",
              "board", "authority", "agency", "service", "trust", "fund", "center", "centre", "museum", "bank",
              "university", "college", "school", "hospital", "administration", "office", "ministry", "bureau",
              "network", "coalition", "organisation", "organization", "forum", "council", "chamber", "club"}


def ascii_lowered(text: str) -> bytes:
    """The text lowered as ASCII bytes: one byte for each character, "?" for any that is
    not ASCII. Made at a fraction of text.lower()'s cost, with the same offsets: an ASCII
    word holding no "?" is found in it where text.lower() has it, but for the few letters
    that lower() or re.I turn into ASCII ones (İ, ı, ſ and the Kelvin sign K), which the
    callers test for. The last text's copy is kept: an article's known names and its
    speakers' resolver ask for the same text's (one made costs about 16 instructions a
    character)."""
    global _ASCII_LOWERED
    last = _ASCII_LOWERED  # (one tuple, read and replaced whole: safe across threads)
    if last[0] is text:
        return last[1]
    low = text.encode("ascii", "replace").lower()
    _ASCII_LOWERED = (text, low)
    return low


_ASCII_LOWERED: tuple[str | None, bytes] = (None, b"")  # (see ascii_lowered) the last text and its copy


def among_first_lines(text: str, at: int, lines: int) -> bool:
    """Whether offset `at` stands in the text's first `lines` lines (fewer than that many
    line breaks before it). Reads only those lines, so a rule may ask it for every candidate
    of a long text (text.count("\n", 0, at) would read up to `at` each time)."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end == -1 or end >= at:
            return True
    return False

# the nouns a sports or profile report calls someone just named by ("…," the German said,
# "the Spaniard added"): a person's country, never a name of its own (not those also plural,
# "the Chinese said", which may be a country's side)
DEMONYMS = {
    "german", "spaniard", "briton", "brit", "frenchman", "frenchwoman", "italian", "american", "australian",
    "aussie", "dutchman", "dutchwoman", "swede", "dane", "norwegian", "finn", "pole", "czech", "belgian",
    "argentine", "argentinian", "brazilian", "canadian", "chilean", "colombian", "croat", "croatian", "serb",
    "serbian", "russian", "ukrainian", "korean", "indian", "kenyan", "ethiopian",
    "nigerian", "ghanaian", "mexican", "greek", "turk", "austrian", "hungarian", "romanian",
    "bulgarian", "scot", "scotsman", "scotswoman", "welshman", "welshwoman", "irishman", "irishwoman",
    "englishman", "englishwoman", "kiwi", "jamaican", "moroccan", "egyptian", "algerian", "tunisian",
    "iranian", "israeli", "georgian", "kazakh", "uzbek", "estonian", "latvian", "lithuanian", "slovak",
    "slovenian", "slovene", "bosnian", "montenegrin", "albanian", "icelander", "luxembourger", "monegasque",
    "thai", "filipino", "filipina", "indonesian", "malaysian", "singaporean", "pakistani",
    "bangladeshi", "uruguayan", "paraguayan", "peruvian", "ecuadorian", "venezuelan", "cuban", "cameroonian",
    "ivorian", "ugandan", "tanzanian", "zimbabwean", "zambian", "namibian", "emirati", "qatari",
    "syrian", "iraqi", "jordanian", "palestinian", "afghan", "nepali", "mongolian",
    "belarusian", "moldovan", "armenian", "azerbaijani", "cypriot", "bolivian", "costa rican", "new zealander", "south african", "sri lankan", "puerto rican", "dominican",
}

# a country's adjective before a noun ("Swedish village", "Mexican farmers", "Lithuanian
# ministry"): the noun's modifier, never a name of its own (only the forms that are no
# one's given name: not "Finn", "Dane", "Scot")
NATIONALITY_ADJECTIVES = frozenset({w for w in DEMONYMS if w.endswith(("an", "i")) and not w.endswith("man") and " " not in w} - {"kiwi"}) | {
    "swedish", "danish", "finnish", "polish", "british", "irish", "spanish", "turkish", "scottish", "english",
    "kurdish", "flemish", "cornish", "welsh", "french", "dutch", "swiss", "chinese", "japanese", "portuguese",
    "vietnamese", "lebanese", "congolese", "senegalese", "sudanese", "maltese", "taiwanese", "burmese",
    "nepalese", "togolese", "guyanese"}


# what a person or a body puts out in writing, or a finding of theirs, which may speak for
# them ("the lawsuit says", "The FIA's decision document said", "the letter, signed by 40
# MPs, reads")
DOCUMENTS = frozenset({
    "affidavit", "analysis", "article", "audit", "brief", "claim", "communique", "communiqué", "complaint",
    "decision", "document", "documents", "dossier", "e-mail", "editorial", "email", "filing", "indictment",
    "inquiry", "investigation", "judgement", "judgment", "lawsuit", "letter", "memo", "motion", "note", "notice",
    "opinion", "order", "paper", "papers", "petition", "poll", "probe", "release", "report", "review", "ruling",
    "statement", "study", "submission", "suit", "survey", "verdict",
})


# the points of the compass a region's name is made of: "the HSE West and North West",
# "North and West Belfast" (two of them joined by "and" are one region's name)
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "north-west",
                     "north-east", "south-west", "south-east", "northwest", "northeast", "southwest", "southeast",
                     "midlands", "central"})
