import sys

from runbridge.cli import main

sys.exit(main())
