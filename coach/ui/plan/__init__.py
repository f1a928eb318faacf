"""The person's plan on screen: schedule dialogs, the calendar's day cells and year strip."""
