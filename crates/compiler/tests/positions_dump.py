"""Print CPython's positions of the instructions tracebacks point at (calls,
binary ops, subscripts, attribute loads), per code object, for the files
given. Used by tests/positions.rs."""
import sys

NAMES = {"CALL": "Call", "BINARY_OP": "BinaryOp", "BINARY_SUBSCR": "BinarySubscr",
         "LOAD_ATTR": "LoadAttr", "LOAD_METHOD": "LoadMethod", "STORE_ATTR": "StoreAttr",
         "STORE_SUBSCR": "StoreSubscr", "RAISE_VARARGS": "RaiseVarargs", "CALL_FUNCTION_EX": "CallFunctionEx",
         "LOAD_NAME": "LoadName", "LOAD_GLOBAL": "LoadGlobal", "LOAD_FAST": "LoadFast", "COMPARE_OP": "CompareOp",
         "GET_ITER": "GetIter", "UNPACK_SEQUENCE": "UnpackSequence", "IMPORT_NAME": "ImportName",
         "IMPORT_FROM": "ImportFrom", "STORE_NAME": "StoreName", "STORE_FAST": "StoreFast", "FOR_ITER": "ForIter",
         "UNARY_NEGATIVE": "UnaryOp", "UNARY_INVERT": "UnaryOp", "UNARY_NOT": "UnaryOp", "CONTAINS_OP": "ContainsOp",
         "FORMAT_VALUE": "FormatValue", "BUILD_STRING": "BuildString", "DELETE_SUBSCR": "DeleteSubscr",
         "DELETE_ATTR": "DeleteAttr", "DELETE_NAME": "DeleteName", "DELETE_FAST": "DeleteFast",
         "LOAD_DEREF": "LoadDeref", "STORE_DEREF": "StoreDeref", "YIELD_VALUE": "YieldValue",
         "BUILD_LIST": "BuildList", "BUILD_TUPLE": "BuildTuple", "BUILD_MAP": "BuildMap", "LIST_APPEND": "ListAppend"}


def walk(co, out):
    import dis
    items = []
    for ins in dis.get_instructions(co):
        if ins.opname in NAMES:
            p = ins.positions
            items.append(f"{NAMES[ins.opname]} {p.lineno}:{p.col_offset}-{p.end_lineno}:{p.end_col_offset}")
    out.append(f"code {co.co_qualname}")
    out.extend("  " + i for i in items)
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            walk(c, out)


for path in sys.argv[1:]:
    src = open(path, encoding="utf-8").read()
    out = []
    walk(compile(src, path, "exec"), out)
    print("\n".join(out))
