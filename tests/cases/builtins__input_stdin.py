# input() and sys.stdin reading from the .in file; EOFError at the end.
import sys
name = input()
print("name:", repr(name))
age = input("Age? ")
print()
print("age:", int(age) + 1)
line = sys.stdin.readline()
print("readline:", repr(line))
nums = list(map(int, input().split()))
print("sum:", sum(nums))
rest = sys.stdin.read()
print("rest:", repr(rest))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", repr(e))
print(sys.stdin.readline() == "", sys.stdin.read() == "")
try:
    input()
except EOFError:
    print("EOFError again")
print(sys.stdin.closed, sys.stdin.readable())
