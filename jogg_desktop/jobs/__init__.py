"""Video jobs: what a job is (types), and the manager that runs and persists them."""
