import HandsetCLI
HandsetCommand.main()
