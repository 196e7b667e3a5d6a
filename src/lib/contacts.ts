import type { MessageKey } from '../i18n';

/**
 * Where a student or a parent can ask, as the VTC's brochure ("联络我们") and ImmD's page give it
 * (../shared/facts/vpas.md, "Fees and process"). The one home of every number and address on the
 * site: the footer, the printable guide, the home page's JSON-LD and the checker's help all read it.
 *
 * The brochure's labels are kept: the Shenzhen number is for general enquiries (一般查询), and
 * admissions enquiries (入学申请查询) go to the VTC's Mainland and International Affairs Office in
 * Hong Kong. The brochure's third channel, the VTC's official WeChat account, has a person to talk
 * to about programmes and admission; its name is not known here (only its QR code is printed), so
 * the site names no account and says where the code is.
 */

/** A way to reach an office: `href` is what a link opens, `text` is how the brochure writes it. */
export interface ContactLink {
  kind: 'tel' | 'email';
  href: string;
  text: string;
}

export interface Contact {
  /** The channel's label, the brochure's words (a dictionary key). */
  labelKey: MessageKey;
  /** The office, where the brochure names one. */
  officeKey?: MessageKey;
  addressKey?: MessageKey;
  /** A sentence about the channel, where it has no number or address to show. */
  noteKey?: MessageKey;
  links: readonly ContactLink[];
}

/** A telephone number as written ('(852) 2836 1784'): the link dials it, the text keeps it unbroken. */
function tel(written: string): ContactLink {
  return { kind: 'tel', href: `tel:+${written.replace(/\D/g, '')}`, text: written.replace(/ /g, '\u00a0') };
}

function email(address: string): ContactLink {
  return { kind: 'email', href: `mailto:${address}`, text: address };
}

/** The VTC's Mainland and International Affairs Office: the brochure's "入学申请查询". */
export const admissionsOffice = {
  phone: tel('(852) 2836 1784'),
  email: email('iss@vtc.edu.hk'),
} as const;

/** ImmD's enquiry line and address: for the scheme's rules and applications. */
export const immdEnquiries = {
  phone: tel('(852) 2824 6111'),
  email: email('enquiry@immd.gov.hk'),
} as const;

/** The brochure's three channels, in its order, then ImmD's. */
export const contacts: readonly Contact[] = [
  { labelKey: 'contacts.general', links: [tel('(86) 755 3363 4880')] },
  {
    labelKey: 'contacts.admissions',
    officeKey: 'contacts.admissionsOffice',
    addressKey: 'contacts.admissionsAddress',
    links: [admissionsOffice.phone, admissionsOffice.email],
  },
  { labelKey: 'contacts.wechat', noteKey: 'contacts.wechatNote', links: [] },
  { labelKey: 'contacts.immd', links: [immdEnquiries.phone, immdEnquiries.email] },
];

/**
 * The numbers and addresses as placeholder values, for sentences that name them ("ask the VTC
 * ({vtcEmail}, {vtcPhone})"): written once here, never typed into a dictionary.
 */
export const contactValues = {
  vtcPhone: admissionsOffice.phone.text,
  vtcEmail: admissionsOffice.email.text,
  immdPhone: immdEnquiries.phone.text,
  immdEmail: immdEnquiries.email.text,
} as const;

/** For JSON-LD: a number in the international form schema.org's examples use ('+852 2836 1784'). */
export const internationalNumber = (link: ContactLink) => link.text.replace(/\u00a0/g, ' ').replace(/^\((\d+)\) /, '+$1 ');
