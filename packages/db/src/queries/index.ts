export { getArticle, type ArticleDetail } from "./get-article";
export { listArticles, type ArticleListItem } from "./list-articles";
