// Document -> Submission.
