print("circ_b start")
from . import circ_a
B_VALUE = "b"
def partial_a():
    return hasattr(circ_a, "A_VALUE")
print("circ_b end, circ_a has A_VALUE:", hasattr(circ_a, "A_VALUE"))
