/** Job ads written in the shapes recruiters actually paste. Fictional companies and people. */

export const MARKDOWN_AD = `# Senior Backend Engineer

**Client:** Northwind Payments
**Location:** London (hybrid, 2 days in the office)
**Salary:** £80,000–£95,000 + bonus

## About the role
Northwind is rebuilding its settlement platform and needs an engineer to own the ledger service end to end.

## What you'll do
- Design and build the new ledger service in Go
- Lead code reviews and mentor two mid-level engineers
- Work with finance to reconcile payments daily

## What you'll need
- 5+ years building backend services
- Go or Java in production
- PostgreSQL at scale
- Kubernetes

## Nice to have
- Kafka
- Experience in payments or banking

## Interview process
1. 30-minute call with the hiring manager
2. Take-home exercise
3. Final panel with the CTO

## Reporting to
Head of Platform Engineering
`;

export const COLON_AD = `Job title: Marketing Manager
Company: Bramble & Co
Location: Manchester
Salary: 45-55k GBP per annum
Reports to: Marketing Director

Purpose:
Bramble needs someone to turn a small brand into a national one, owning the marketing plan and budget.

Responsibilities:
Own the annual marketing plan and a £400k budget
Run paid social and search campaigns
Manage one marketing executive

Requirements:
B2B marketing experience, SEO, HubSpot

Desirable:
CIM qualification

Timeline:
Urgent - the current manager leaves at the end of next month.
`;

export const CAPS_AD = `DATA ANALYST - CLAIMS TEAM

ABOUT THE ROLE
Our claims team needs an analyst to find out why claim times doubled last year and fix the reporting.

KEY RESPONSIBILITIES
* Build weekly claims dashboards in Power BI
* Investigate delays with the claims handlers

ESSENTIAL SKILLS
* SQL
* Power BI
* 2+ years in an analyst role

DESIRABLE SKILLS
* Python
* Insurance experience

SALARY AND BENEFITS
£38,000 - £42,000
25 days holiday plus bank holidays
Private medical cover

LOCATION
Leeds, office-based
`;

export const BULLET_AD = `Frontend Developer (React)

The role
We are looking for a Frontend Developer to build the booking journey customers use every day.

Responsibilities
• Build new booking screens in React and TypeScript
• Improve page speed and accessibility
• Pair with designers on new features

Requirements
• 3 years of React
• TypeScript
• Accessibility (WCAG 2.1)

Nice to have
• Next.js
• Testing with Playwright

Benefits
• Fully remote within the UK
• £55k - £65k
• Learning budget
`;

export const EMAIL_BRIEF = `From: Priya Shah <priya@example.com>
To: Tom Reed <tom@example.com>
Subject: Re: Brief - Head of Finance

Hi Tom,

Thanks for the call earlier. As discussed, here is what we need for the Head of Finance role.

The person will report to the CEO and run a finance team of four.

Must haves: ACA or ACCA qualified, experience of a Series B business, fundraising

Salary: up to £120,000 plus equity

Success at 6 months: month-end close in 5 working days and a clean audit.

Interview process: CEO, then chair of the board, then a case study.

We'd like someone in seat by March, so it's fairly urgent.

Thanks,
Priya
`;

export const LINKEDIN_AD = `Product Designer
Lumen Health · Bristol, England, United Kingdom (Hybrid)

About the job
Lumen Health builds software that helps GPs see more patients. We're hiring a Product Designer to own the patient app experience.

What you'll do
· Run discovery with patients and clinicians
· Design flows, prototypes and high-fidelity UI in Figma
· Work in a squad with four engineers and a product manager

About you
· A portfolio showing shipped product work
· Figma
· User research

Bonus points
· Healthcare experience

Why join us
Meaningful work, a four-day week pilot and a £2,000 learning budget.
`;

export const NO_HEADINGS_AD = `We are looking for a Senior Java Developer to join our payments team in Leeds. You will build and run the services that move money for two million customers. You must have 5+ years of Java and experience with Spring Boot. Experience with Kafka would be a bonus. You will report to the Engineering Manager. Salary up to £75,000 depending on experience. Hybrid working, 2 days a week in the office.`;
