"""Dump CPython's symbol table scopes for each file given on the command line.

Used by tests/symtable.rs to compare pyrite's symbol table with CPython's.
Format per file: "== path" then, per block in depth-first order,
"type name" followed by sorted "  symbol scope" lines.
"""
import sys
import symtable

SCOPES = {1: "local", 2: "global_explicit", 3: "global_implicit", 4: "free", 5: "cell"}


def dump(t, out):
    kind = t.get_type()
    kind = getattr(kind, "value", kind)
    out.append(f"{kind} {t.get_name()}")
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        sc = SCOPES.get(s._Symbol__scope, "?")
        out.append(f"  {s.get_name()} {sc}")
    for c in t.get_children():
        dump(c, out)


for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        src = f.read()
    out = ["== " + path]
    try:
        dump(symtable.symtable(src, path, "exec"), out)
    except SyntaxError as e:
        out.append("error")
    print("\n".join(out))
