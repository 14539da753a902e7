"""Hypothesis profiles: ``default`` for CI, ``thorough`` for long local runs.

Choose with ``HYPOTHESIS_PROFILE=thorough pytest``. The default profile is derandomized: CI
runs the same examples at every commit, so a red run means the commit broke something, not
that a new random draw found an old bug; the thorough profile draws new examples each run.
Tests that need more examples than others ask for a multiple of the profile's
(``settings.default.max_examples``), so the thorough profile scales them too.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    deadline=None,
    max_examples=150,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough", deadline=None, max_examples=5000, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
