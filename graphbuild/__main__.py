from graphbuild.cli.main import main

main()
