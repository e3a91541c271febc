"""News from other countries, in articles we wrote (fictional people): Irish, New Zealand
and Australian styles, with names in other alphabets' capitals (Ó Briain, Tāwhiri) and
titles that come before a name (Taoiseach, TD, NSW Premier, Minister for Housing)."""
from reader.quotes import extract
from reader.sources import parse_text

IRISH = """Taoiseach under pressure as housing row deepens
Opposition says plan 'falls far short' of what renters need
The Taoiseach, Mícheál Ó Briain, has defended the Government's housing plan, insisting it will deliver "tens of thousands of homes" by the end of the decade.
Speaking in the Dáil on Tuesday, Mr Ó Briain said: "We are building more homes than at any time in the last forty years. That is a fact."
But Sinn Féin TD Eoin Mac Giolla said the plan was "a plan to keep rents high".
"Renters have been let down again," he told reporters outside Leinster House.
The Tánaiste, Gráinne O'Sullivan, said the criticism was unfair.
'The numbers speak for themselves,' she said. 'Completions are up by a third.'
One Government source said the coalition was "rattled" by the polls.
Minister for Housing Dara Ní Bhriain added that new rules would come into force next month.
"We will not be found wanting," Ms Ní Bhriain said.
"""

NZ = """Prime Minister rules out fuel tax rise
Prime Minister Aroha Tāwhiri has ruled out a rise in fuel tax before the election, saying households are "already stretched".
"We won't be doing that. Not this term," Tāwhiri told Morning Report.
Te Pāti Kōrero co-leader Rāwiri Hēnare said the Government had "no plan at all" for transport.
Finance Minister Nicola Brandt said the books were in better shape than forecast. "The Treasury numbers are clear," Brandt said.
Hēnare hit back: "Clear as mud."
"""

AU = """Premier vows to fix hospital waits
NSW Premier Chris Mallory says emergency department waits are "unacceptable" and has promised an extra 500 nurses.
"I'm not going to sit here and pretend it's good enough," he said.
Opposition health spokeswoman Dr Lena Fitzgerald said the announcement was "too little, too late".
"Nurses have been begging for help for years," Dr Fitzgerald said.
"""


def by_speaker(text):
    art = parse_text(text, "t.txt")
    ex = extract(art)
    out = {}
    for q in ex.quotes:
        sp = ex.speaker_of(q)
        out.setdefault(sp.name if sp else None, []).append(q.text(art.text))
    return out


def test_irish_titles_and_names():
    got = by_speaker(IRISH)
    assert got["Mícheál Ó Briain"] == [
        "tens of thousands of homes",
        "We are building more homes than at any time in the last forty years. That is a fact.",
    ]
    assert got["Eoin Mac Giolla"] == ["a plan to keep rents high", "Renters have been let down again,"]
    assert got["Gráinne O'Sullivan"] == ["The numbers speak for themselves,", "Completions are up by a third."]
    assert got["Dara Ní Bhriain"] == ["We will not be found wanting,"]
    assert "The Taoiseach" not in got


def test_new_zealand_macrons_and_roles_before_names():
    got = by_speaker(NZ)
    assert set(got) == {"Aroha Tāwhiri", "Rāwiri Hēnare", "Nicola Brandt"}
    assert got["Rāwiri Hēnare"] == ["no plan at all", "Clear as mud."]


def test_australian_premier_is_named_without_the_title():
    got = by_speaker(AU)
    assert set(got) == {"Chris Mallory", "Lena Fitzgerald"}
    assert len(got["Chris Mallory"]) == 2


UK = """Chancellor defends budget as markets wobble
The Chancellor has insisted her plans are "fully funded" after gilt yields rose sharply.
Shadow chancellor Mel Stride-Barker said the budget had been "a disaster for working families".
A No 10 spokesman said the prime minister had "full confidence" in the Chancellor.
Meanwhile, the Institute for Fiscal Studies said the numbers "do not add up".
Labour MP for Leeds East, Richard Burgon-Ward, said: "Ministers must think again."
"""

INDIA = """Chief minister promises flood relief within a week
Chief Minister M.K. Selvan on Monday said relief would reach every affected family "within seven days".
"No one will be left behind," Mr Selvan told reporters in Chennai.
"""


def test_british_roles_bodies_and_a_name_in_apposition():
    got = by_speaker(UK)
    assert got["the Chancellor"] == ["fully funded"]  # not the shadow chancellor
    assert got["Mel Stride-Barker"] == ["a disaster for working families"]
    assert got["a No 10 spokesman"] == ["full confidence"]
    assert got["Institute for Fiscal Studies"] == ["do not add up"]
    assert got["Richard Burgon-Ward"] == ["Ministers must think again."]


def test_initials_stay_part_of_the_name():
    got = by_speaker(INDIA)
    assert list(got) == ["M K Selvan"]
    assert len(got["M K Selvan"]) == 2
