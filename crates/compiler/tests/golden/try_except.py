try:
    a()
except ValueError as e:
    b(e)
except (TypeError, KeyError):
    c()
else:
    d()
finally:
    e()
