"""The command line's sub-commands, one module per area (pain, sessions, routines, data).

``coach.cli.main`` parses with :mod:`coach.commands.parser` and calls the chosen
``cmd_*`` function; each returns an exit code or raises ``CliError`` / ``StoreError``.
"""
