#!/usr/bin/env python3
"""Tests of tools/function_lengths.py on small C++ sources written here: the
scan finds the functions the project writes, counts lambdas and local types
toward the function around them, is not fooled by braces in comments and
literals, and the command fails when a function is over the limit.

    python3 tools/test_function_lengths.py
"""

import io
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import function_lengths  # noqa: E402


def lengths(text):
    return {name: length for _, name, length in function_lengths.scan(text)}


def body(lines):
    return "".join(f"    x += {i};\n" for i in range(lines))


class Scan(unittest.TestCase):
    def test_free_function_counts_signature_to_closing_brace(self):
        text = "int f(int x)\n{\n" + body(5) + "    return x;\n}\n"
        self.assertEqual(function_lengths.scan(text).__next__(), (1, "f", 9))

    def test_multi_line_signature_starts_at_its_first_line(self):
        text = "\nstd::vector<int> g(const std::string& a,\n                  int b)\n{\n    return {};\n}\n"
        self.assertEqual(list(function_lengths.scan(text)), [(2, "g", 5)])

    def test_lambda_and_local_struct_count_toward_the_enclosing_function(self):
        text = ("void outer()\n{\n    auto l = [&](int a) {\n" + body(10) + "    };\n"
                "    struct Local { int m() const { return 1; } };\n    l(1);\n}\n")
        self.assertEqual(lengths(text), {"outer": 17})

    def test_namespaces_and_classes_are_looked_into(self):
        text = ("namespace a {\nnamespace {\nclass C : public B {\npublic:\n    explicit C(int v) : v_(v) {}\n"
                "    int get() const\n    {\n        return v_;\n    }\nprivate:\n    int v_ = 0;\n};\n}  // namespace\n"
                "int C2::run() { return 0; }\n}  // namespace a\n")
        self.assertEqual(lengths(text), {"C": 1, "get": 4, "C2::run": 1})

    def test_braces_in_comments_strings_and_characters_are_ignored(self):
        text = ('int f()\n{\n    // {{{\n    /* } */\n    const char* s = "}}{";\n    char c = \'}\';\n'
                '    auto r = R"x(}"{)x";\n    return 1\'000;\n}\nint g() { return 0; }\n')
        self.assertEqual(lengths(text), {"f": 9, "g": 1})

    def test_tables_enums_and_preprocessor_lines_are_not_functions(self):
        text = ("#define X(a) { a }\nenum class E { A, B };\nconst std::map<int, int> kT = {\n    {1, 2},\n};\n"
                "struct S {\n    int a{0};\n};\nint h() { return 0; }\n")
        self.assertEqual(lengths(text), {"h": 1})

    def test_lambda_assigned_at_namespace_scope_is_a_function(self):
        text = "const auto k = [](int a) {\n    return a;\n};\n"
        self.assertEqual(lengths(text), {"k (lambda)": 3})

    def test_qt_sections_and_operators(self):
        text = ("class W : public QWidget {\n    Q_OBJECT\npublic slots:\n    void on() { x(); }\nsignals:\n"
                "    void changed();\n};\nbool operator==(const A& a, const A& b) { return a.v == b.v; }\n")
        self.assertEqual(lengths(text), {"on": 1, "operator==": 1})


class Command(unittest.TestCase):
    def run_main(self, text, *args):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "x.cpp")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            out, err = io.StringIO(), io.StringIO()
            with redirect_stdout(out), redirect_stderr(err):
                code = function_lengths.main([*args, d])
            return code, out.getvalue(), err.getvalue()

    def test_a_function_over_the_limit_fails_and_is_named(self):
        text = "int ok() { return 0; }\n\nint too_long()\n{\n" + body(78) + "}\n"
        code, out, _ = self.run_main(text)
        self.assertEqual(code, 1)
        self.assertIn("x.cpp:3: too_long is 81 lines (limit 80)", out)
        self.assertNotIn("ok", out.splitlines()[0])

    def test_a_function_at_the_limit_passes(self):
        text = "int fits()\n{\n" + body(77) + "}\n"
        code, out, _ = self.run_main(text)
        self.assertEqual(code, 0, out)
        self.assertIn("1 functions in 1 files; 0 longer than 80 lines", out)

    def test_the_limit_is_a_flag(self):
        code, out, _ = self.run_main("int f()\n{\n" + body(10) + "}\n", "--max", "12")
        self.assertEqual(code, 1)
        self.assertIn("f is 13 lines (limit 12)", out)

    def test_no_function_found_is_an_error_not_a_pass(self):
        code, _, err = self.run_main("// nothing here\n")
        self.assertEqual(code, 2)
        self.assertIn("no function found", err)


if __name__ == "__main__":
    unittest.main()
