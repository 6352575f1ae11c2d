import MisalignCLI

// The whole command line lives in MisalignCLI, where tests can reach it.
await MisalignCommand.start(CommandLine.arguments)
