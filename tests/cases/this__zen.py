import this
print(this.c, this.i, len(this.d), this.s[:10], this.d['a'])
