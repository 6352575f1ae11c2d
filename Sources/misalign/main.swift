import MisalignShell
print(Shell.about())
