"""Code extraction: fenced blocks, two blocks, non-Python, whole text, empty; defined functions."""

from __future__ import annotations

from seccode.agent import defined_functions, extract_code

FENCE = "```"


def test_python_block_inside_prose() -> None:
    got = extract_code(f"Sure!\n{FENCE}python\ndef f(x):\n    return x\n{FENCE}\nThis works because...")
    assert (got.code, got.how, got.blocks) == ("def f(x):\n    return x\n", "fenced", 1)


def test_two_blocks_takes_the_longest_that_parses() -> None:
    text = (
        f"{FENCE}python\ndef f(x):\n    return x\n{FENCE}\nthen improved:\n"
        f"{FENCE}python\ndef f(x):\n    if x is None:\n        raise ValueError\n    return x\n{FENCE}"
    )
    got = extract_code(text)
    assert got.code is not None and "ValueError" in got.code and got.code.count("def f") == 1


def test_imports_in_their_own_block_are_kept() -> None:
    text = f"{FENCE}python\nimport os\n{FENCE}\n{FENCE}py\ndef cwd():\n    return os.getcwd()\n{FENCE}"
    assert extract_code(text).code == "import os\ndef cwd():\n    return os.getcwd()\n"


def test_block_that_does_not_parse_loses_to_one_that_does() -> None:
    text = f"{FENCE}python\ndef broken(:\n{FENCE}\n{FENCE}python\nx = 1\n{FENCE}"
    assert extract_code(text).code == "x = 1\n"


def test_non_python_blocks_are_no_code() -> None:
    got = extract_code(f"{FENCE}javascript\nconst x = 1;\n{FENCE}")
    assert (got.code, got.how) == (None, "no-python")
    tagged_wrong = extract_code(f"{FENCE}python\nfunction f() {{ return 1; }}\n{FENCE}")
    assert (tagged_wrong.code, tagged_wrong.how) == (None, "no-parse")


def test_bash_block_beside_python_is_ignored() -> None:
    code = "import flask\napp = flask.Flask(__name__)\n"
    text = f"{FENCE}bash\npip install flask\n{FENCE}\n{FENCE}python\n{code}{FENCE}"
    assert extract_code(text).code == "import flask\napp = flask.Flask(__name__)\n"


def test_whole_text_when_it_parses() -> None:
    got = extract_code("import yaml\n\ndef load(p):\n    return yaml.safe_load(open(p))")
    assert got.how == "whole" and got.code is not None and got.code.startswith("import yaml")


def test_empty_prose_and_bare_expressions_are_no_code() -> None:
    for text in ["", "   \n", "I cannot help with that.", "Hello", "'''just a docstring'''"]:
        assert extract_code(text).code is None, text
    assert extract_code("").how == "empty"


def test_truncated_block_without_closing_fence() -> None:
    assert extract_code(f"{FENCE}python\ndef f():\n    return 1\n").code == "def f():\n    return 1\n"
    assert extract_code(f"{FENCE}python\ndef f():\n    return (1,\n").code is None


def test_defined_functions_of_a_stub_prompt() -> None:
    prompt = 'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/x")\n'
    prompt += 'def view(name):\n    """Do it."""\n'
    assert defined_functions(prompt) == ("view",)
    assert defined_functions("def a():\n    '''doc'''\n\ndef b(x):") == ("a", "b")
    assert defined_functions("class K:\n    def m(self):\n        pass\n") == ("m",)
    assert defined_functions("this is ( not python") == ()


def test_a_python_block_that_does_not_parse_says_where() -> None:
    got = extract_code(f'{FENCE}python\ndef f():\n    """doc""""\n    return 1\n{FENCE}')
    assert (got.code, got.how) == (None, "no-parse")
    assert got.syntax_error is not None and got.syntax_error.startswith("line 2: unterminated string")
    assert extract_code("not python at all (").syntax_error is None  # prose is no code, not broken code


def test_a_program_with_an_invalid_escape_is_still_code() -> None:
    """pytest runs with warnings as errors; the program's own DeprecationWarning must not hide it."""
    text = '```python\nimport re\n\ndef digits(s):\n    return re.findall("\\d+", s)\n```'
    assert extract_code(text).code is not None
