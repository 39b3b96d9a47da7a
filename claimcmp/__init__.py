"""claimcmp: what each news outlet reports that people said, and where outlets agree or conflict."""

__version__ = "0.1.0"
