"""Two module-level sets once shared a name, so the later silently replaced the earlier
and the rules written for the first read the second. These sentences hold each rule to
the set it was written with; a test below keeps any name from being defined twice."""
import ast
import glob
import os

from tests.quotes.reading import who

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def test_they_after_a_when_clause_is_not_its_subject():
    # "When analysts … said …, prices fell": the analysts are not the sentence's subject,
    # so a "they said" after it names no one rather than them
    text = ('When analysts at Harlow Capital said the rate would rise, prices fell.\n'
            '"We were wrong," they said.')
    assert who(text) == [("We were wrong,", None)]
    # the plain sentence still gives them the words
    text = ('Analysts at Harlow Capital said the rate would rise.\n'
            '"We were wrong," they said.')
    assert who(text) == [("We were wrong,", "Harlow Capital")]


def test_an_envoys_to_still_reads_as_of():
    text = 'The US Ambassador to Westmark, Dana Reyes, said: "We want calm."'
    assert who(text) == [("We want calm.", "Dana Reyes")]


def test_no_module_of_the_engine_defines_a_name_twice():
    twice = []
    for path in sorted(glob.glob(os.path.join(ROOT, "reader", "**", "*.py"), recursive=True)):
        seen = set()
        for node in ast.parse(open(path, encoding="utf-8").read()).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            for name in names:
                if name in seen:
                    twice.append(f"{os.path.relpath(path, ROOT)}: {name}")
                seen.add(name)
    assert twice == []
