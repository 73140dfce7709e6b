"""``python -m peyvand`` runs the ``peyvand`` command."""

import sys

from .cli import main

sys.exit(main())
