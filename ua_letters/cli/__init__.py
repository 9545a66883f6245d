"""The command line: a thin shell over `ua_letters.api`. One error boundary, in app.main."""
