"""Rules the sixth held-out round of articles (bench/round6 at first: a Belgian wire, a
Malaysian daily, an AP basketball story, a Canadian local paper, a British regional
paper, an Australian court story) showed the engine lacked. Sentences we wrote; people,
places and bodies made up."""
from reader.quotes import extract_text


def who(text):
    ex = extract_text(text)
    out = []
    for q in ex.quotes:
        sp = ex.speaker_of(q)
        out.append((q.text(text), sp.name if sp else None))
    return out


def test_a_job_before_a_name_in_apposition_is_its_role():
    # "solicitor", "skipper": jobs written like titles, not only the usual role nouns
    text = ("Court story\n"
            'Tallis\'s solicitor, Bram Okafor-Reid, said his client had "acted in a moment of panic".\n'
            'The club\'s skipper, Dena Voss, said: "We go again on Saturday."')
    assert who(text) == [("acted in a moment of panic", "Bram Okafor-Reid"), ("We go again on Saturday.", "Dena Voss")]
