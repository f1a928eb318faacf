"""The person's plan: schedules per routine, and adherence judged against them."""
