# int <-> str conversion: digits, negative zero, large values, limit.
import sys
print(str(0), str(-0), repr(-12), str(10 ** 50), repr(-(10 ** 50)))
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(len(hex(big)), hex(2 ** 20000)[:12])
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(4300)
print(int("  -00012  "), int("٠١٢"), int("１２"))
print(str(True), str(False), int("+0"), -int("0"))
print(format(12345678901234567890, ","), f"{-1234567:_d}", f"{255:08x}")
print(f"{42:c}", f"{0x1F600:c}", f"{10:n}", f"{-5:=+6d}", f"{5:^+7d}")
print(f"{1234:e}", f"{1234:.2%}", f"{3:f}", f"{-7:g}")
try:
    format(5, ".2d")
except ValueError as e:
    print("ValueError", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError", e)
print(round(12345, -2), round(12355, -1), round(12345, -1), round(-15, -1), round(25, -1), round(7, 2))
print(type(round(5)), round(10 ** 20 + 5, -1))
