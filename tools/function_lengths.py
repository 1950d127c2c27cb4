#!/usr/bin/env python3
"""Lists every C++ function longer than a limit and fails if there is one.

    python3 tools/function_lengths.py [--max 80] [--list] [DIR_OR_FILE ...]

Default: the .cpp files under core/src and app/cli (issue 9, docs/STYLE.md:
no function there is longer than 80 lines). A function's length runs from the first line of its
signature to its closing brace; lambdas, local structs and everything else
inside a body count toward the function they stand in.

The scan is textual, written for the project's style (docs/STYLE.md): it
drops comments, string and character literals (raw strings included) and
preprocessor lines, then matches braces. At namespace or class level a brace
opens a function body when the text before it has a parenthesis (a
signature, a constructor with its initialiser list, a lambda assigned to a
name); `namespace`, `class`, `struct`, `union` and `extern` blocks are looked
into; any other brace (an enum, an initialiser list of a table) is skipped.

Exit status: 0 when no function is over the limit, 1 when one is (each is
listed as `path:line: name is N lines (limit M)`), 2 on bad usage or when no
function was found at all (a scan that finds nothing cannot check anything).
"""

import argparse
import os
import re
import sys

CONTAINER_KEYWORDS = ("namespace", "class", "struct", "union", "extern")
# Labels that end a declaration without a semicolon (access specifiers, Qt's
# signal/slot sections and macros written without one).
LABEL = re.compile(r"\b(?:(?:public|private|protected)(?:\s+(?:slots|Q_SLOTS))?|signals|Q_SIGNALS)\s*:(?!:)"
                   r"|\bQ_(?:OBJECT|GADGET)\b")
OPERATOR_NAME = re.compile(r"((?:[A-Za-z_]\w*\s*::\s*)*operator\s*(?:\(\s*\)|[^\s(]+))\s*\(")
NAME_AT_END = re.compile(r"((?:[A-Za-z_]\w*\s*::\s*)*~?[A-Za-z_]\w*)\s*$")


def strip_code(text):
    """Returns the text with comments, literals and preprocessor lines blanked
    (newlines kept, so line numbers stay right)."""
    out = []
    i, n = 0, len(text)
    line_start = True
    while i < n:
        c = text[i]
        if line_start and c == "#":
            # A preprocessor line, with its backslash continuations.
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    out.append("\n")
                    i += 2
                    continue
                i += 1
            continue
        if c == "\n":
            out.append(c)
            line_start = True
            i += 1
            continue
        if c in " \t\r\f\v":
            out.append(c)
            i += 1
            continue
        line_start = False
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("\n" * text.count("\n", i, end))
            i = end
            continue
        raw = re.match(r'(?:u8|u|U|L)?R"([^()\\\s]{0,16})\(', text[i:i + 24])
        if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            close = ")" + raw.group(1) + '"'
            end = text.find(close, i + raw.end())
            end = n if end < 0 else end + len(close)
            out.append('""' + "\n" * text.count("\n", i, end))
            i = end
            continue
        if c == '"' or (c == "'" and not digit_separator(text, i)):
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def digit_separator(text, i):
    """True when the quote at i separates digits (1'000'000), not a character literal."""
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_'."):
        j -= 1
    return j < i and text[j].isdigit()


def function_name(header):
    """The name before the signature's parameter list (qualified, operators
    included), or the name a lambda is assigned to."""
    op = OPERATOR_NAME.search(header)
    if op:
        return re.sub(r"\s+", "", op.group(1))
    depth = 0
    for k, ch in enumerate(header):
        if ch == "<":
            depth += 1
        elif ch == ">" and depth > 0:
            depth -= 1
        elif ch == "(" and depth == 0:
            prefix = header[:k]
            if prefix.rstrip().endswith("]"):
                names = re.findall(r"[A-Za-z_][A-Za-z_0-9]*", prefix[:prefix.find("=")] if "=" in prefix else "")
                return (names[-1] + " (lambda)") if names else "(lambda)"
            m = NAME_AT_END.search(prefix)
            return re.sub(r"\s+", "", m.group(1)) if m else "(unnamed)"
    return "(unnamed)"


def is_function_header(header):
    if "(" not in header:
        return False
    # A table initialised with braces whose elements contain calls would
    # have its parenthesis inside the braces, not before them; a variable
    # initialised with a lambda (`= [...](...) {`) is a function.
    eq = re.search(r"(?<![=!<>+\-*/%&|^])=(?!=)", header)
    if eq and "operator" not in header[:eq.start()]:
        return "[" in header[eq.end():] or "(" in header[:eq.start()]
    return True


def scan(text):
    """Yields (line, name, length) for every function body in text."""
    code = strip_code(text)
    n = len(code)
    header_start = 0
    i = 0
    line_of = _line_index(code)
    labels = {m.start(): m.end() for m in LABEL.finditer(code)}
    while i < n:
        c = code[i]
        if c in ";}":
            header_start = i + 1
            i += 1
            continue
        if i in labels:
            header_start = i = labels[i]
            continue
        if c != "{":
            i += 1
            continue
        header = code[header_start:i]
        words = header.split()
        first = re.sub(r"^template\s*<.*?>\s*", "", header.strip(), flags=re.S).split()
        kind = first[0] if first else ""
        if kind in CONTAINER_KEYWORDS and "(" not in header and "=" not in header:
            # Look inside: the next declaration starts after this brace.
            header_start = i + 1
            i += 1
            continue
        end = _matching_brace(code, i)
        if words and is_function_header(header):
            offset = header_start + (len(header) - len(header.lstrip()))
            first_line = line_of(offset)
            last_line = line_of(end)
            yield first_line, function_name(" ".join(words)), last_line - first_line + 1
        header_start = end + 1
        i = end + 1


def _matching_brace(code, i):
    depth = 0
    for j in range(i, len(code)):
        if code[j] == "{":
            depth += 1
        elif code[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return len(code) - 1


def _line_index(code):
    starts = [0]
    for k, ch in enumerate(code):
        if ch == "\n":
            starts.append(k + 1)
    import bisect

    return lambda offset: bisect.bisect_right(starts, offset)


def sources(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        if not os.path.isdir(path):
            raise FileNotFoundError(path)
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.endswith(".cpp"):
                    yield os.path.join(root, name)


def main(argv):
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", help="directories (their .cpp files, recursively) or files")
    parser.add_argument("--max", type=int, default=80, help="longest allowed function, in lines (default 80)")
    parser.add_argument("--list", action="store_true", help="list every function with its length, longest first")
    args = parser.parse_args(argv)
    if args.max < 1:
        parser.error("--max must be at least 1")
    paths = args.paths or [os.path.join(here, "core", "src"), os.path.join(here, "app", "cli")]
    found = []
    try:
        for path in sources(paths):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            shown = os.path.relpath(path, here) if path.startswith(here) else path
            for line, name, length in scan(text):
                found.append((length, shown, line, name))
    except (OSError, UnicodeDecodeError) as e:
        print(f"function_lengths: {e}", file=sys.stderr)
        return 2
    if not found:
        print("function_lengths: no function found in " + ", ".join(paths), file=sys.stderr)
        return 2
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    if args.list:
        for length, path, line, name in found:
            print(f"{path}:{line}: {name} {length}")
        return 0
    long_ones = [f for f in found if f[0] > args.max]
    for length, path, line, name in long_ones:
        print(f"{path}:{line}: {name} is {length} lines (limit {args.max})")
    files = len({f[1] for f in found})
    print(f"{len(found)} functions in {files} files; {len(long_ones)} longer than {args.max} lines")
    return 1 if long_ones else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
