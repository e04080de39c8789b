# Notes added with add_note() are printed after the exception line.
def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as e:
        e.add_note(f"while processing item {item!r}")
        e.add_note("second note")
        raise

print(process(5))
process(0)
