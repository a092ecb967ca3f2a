package backoffice.app.transfers;

/** The part of a money form a problem belongs to: where Enter on an invalid form puts the focus. */
public enum FormPart { SOURCE, DESTINATION, AMOUNT, TAG, DESCRIPTION, PROFILE, FEE_TYPE }
