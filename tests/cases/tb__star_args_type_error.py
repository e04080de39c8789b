# TypeError from calling with a wrong number of arguments via *args.
def area(width, height):
    return width * height

sizes = [(2, 3), (4, 5, 6)]
for s in sizes:
    print(area(*s))
