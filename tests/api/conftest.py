from tests.api.simtools import make_sim

__all__ = ["make_sim"]
