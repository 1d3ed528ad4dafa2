package pl.ordernotify.templates;

/** How an SMS is encoded on the air, which decides how much text fits in one part. */
public enum SmsEncoding {
  /** The GSM 03.38 default alphabet: 160 septets in one SMS, 153 per part when concatenated. */
  GSM7,
  /** UCS-2 / UTF-16: 70 code units in one SMS, 67 per part when concatenated. */
  UCS2
}
