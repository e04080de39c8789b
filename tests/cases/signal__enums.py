import signal
print(repr(signal.SIGINT), repr(signal.SIG_DFL), repr(signal.Handlers), repr(signal.SIGIOT), repr(signal.SIGPOLL), repr(signal.SIGCLD))
print(sorted(signal.valid_signals())[:5], len(signal.valid_signals()))
print(signal.getsignal(signal.SIGINT), repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)), repr(signal.getsignal(signal.SIGUSR1)))
print(signal.Signals(2), str(signal.SIGINT), signal.SIGINT.name, signal.Signals.__module__)
print(signal.SIGTERM == 15, isinstance(signal.SIGTERM, int), signal.Signals["SIGKILL"])
import os
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(signal.Signals(s).name))
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is not None, repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.Sigmasks.SIG_BLOCK), signal.Handlers.SIG_IGN.value, signal.NSIG)
signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm"))
signal.alarm(1)
signal.pause()
print(got)
