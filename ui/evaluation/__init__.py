"""好差评 in the UI: the applicant's rating screen, the clerk's device card, the manager's follow-up list."""
