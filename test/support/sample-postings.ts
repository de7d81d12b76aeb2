/** Three short postings for a data analyst, in the shapes people paste: prose with bullets, HTML, one line. */
export const POSTING_1 = `Data Analyst, Acme Health
What you'll do: build dashboards in Tableau and write SQL against our warehouse.
Requirements:
- 2+ years of SQL
- Advanced Excel
- Python (pandas) is a plus
- Excellent communication and stakeholder management`;
export const POSTING_2 = '<ul><li>Strong SQL</li><li>Power BI &amp; Excel</li><li>Experience with Python</li></ul>';
export const POSTING_3 = 'Junior analyst. Must know SQL and Tableau. Nice to have: R.';
