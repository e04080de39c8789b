try:
    f()
except* ValueError as eg:
    g(eg)
except* TypeError:
    pass
