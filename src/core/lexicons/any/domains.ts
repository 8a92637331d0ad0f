/**
 * News sites widely rated as unreliable (fabricated or conspiracy content) by independent reviews of news sources.
 * Written for Impartial; measured against the Lin et al. (2023) domain quality ratings by `npm run eval`.
 */
export const UNRELIABLE_DOMAINS: ReadonlySet<string> = new Set([
  "infowars.com", "naturalnews.com", "beforeitsnews.com", "thegatewaypundit.com", "zerohedge.com", "yournewswire.com", "newspunch.com",
  "worldnewsdailyreport.com", "globalresearch.ca", "mondialisation.ca", "sputniknews.com", "rt.com", "100percentfedup.com",
  "truthfeed.com", "thelastlineofdefense.org", "nationalreport.net", "empirenews.net", "abcnews.com.co", "react365.com",
  "newsexaminer.net", "conservativedailypost.com", "dcgazette.com", "libertywritersnews.com", "ussanews.com", "realrawnews.com",
  "childrenshealthdefense.org", "mercola.com", "thetruthaboutcancer.com", "wakingtimes.com", "collective-evolution.com",
  "veteranstoday.com", "activistpost.com", "humansarefree.com", "neonnettle.com", "davidicke.com", "prisonplanet.com",
  "theduran.com", "southfront.org", "strategic-culture.org", "thepeoplesvoice.tv", "bitchute.com", "brighteon.com",
  "greatgameindia.com", "lifesitenews.com", "dailyexpose.uk", "expose-news.com", "thecanadianpatriot.com", "wnd.com",
  "theonion.com", "babylonbee.com", "thebeaverton.com",
]);
