from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
for expr in ("Color.name", "Color.value", "Color.RED.GREEN", "Color.RED._name_", "Color._member_names_", "Color._value2member_map_",
             "Color.RED.__objclass__", "Color.RED._sort_order_", "type(Color.__dict__['RED'])", "Color.__dict__['name']", "Color.missing",
             "Color.RED.missing", "Color['missing']", "Color(3)", "Color.__len__()", "list(Color.__iter__())", "Color.RED.__hash__() == hash('RED')",
             "Color._missing_(5)", "Color.__members__.get('RED')", "Color.__new__(Color, 1)", "Color.RED.__reduce_ex__(0)", "vars(Color.RED)"):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
