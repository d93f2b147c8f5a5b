<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DisplayBar</name>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="55" />
        <source>Normal</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="55" />
        <source>Large</source>
        <translation>大きく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="55" />
        <source>Largest</source>
        <translation>もっと大きく</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="56" />
        <source>Text size: {size}</source>
        <translation>文字の大きさ：{size}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="58" />
        <source>Makes the text larger, then back to normal.</source>
        <translation>押すたびに文字が大きくなり、最後は標準に戻ります。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="59" />
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="59" />
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/display_bar.py" line="60" />
        <source>High contrast: {state}</source>
        <translation>ハイコントラスト：{state}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="107" />
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="110" />
        <source>Learn what the My Number Card's chip holds, who may share personal data, and what the Personal Information Protection Commission does. Every answer comes with an explanation and its source.</source>
        <translation>マイナンバーカードのICチップに何が入っているか、個人情報を誰が提供できるのか、個人情報保護委員会が何をしているのかを学びましょう。どの答えにも解説と出典が付いています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="115" />
        <source>Start a mixed quiz (10 questions)</source>
        <translation>いろいろなテーマから10問に挑戦する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="120" />
        <source>Loading the questions…</source>
        <translation>問題を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="117" />
        <source>Topics</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="171" />
        <source>Start</source>
        <translation>始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="174" />
        <source>Start a quiz on {topic}</source>
        <translation>「{topic}」のクイズを始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="122" />
        <source>No question banks could be loaded.</source>
        <translation>問題集を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="118" />
        <source>Home screen</source>
        <translation>ホーム画面</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="188" />
        <source>{answered} of {total} questions answered</source>
        <translation>{total}問中{answered}問に回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="193" />
        <source>{answered} · {percent}% correct</source>
        <translation>{answered}・正答率{percent}%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="207" />
        <source>…and {n} more.</source>
        <translation>…ほか{n}件</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="208" />
        <source>Some question banks could not be loaded:</source>
        <translation>読み込めなかった問題集があります：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="66" />
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="205" />
        <source>Your answer could not be saved. Please try again.</source>
        <translation>回答を保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="222" />
        <source>Leave the quiz?</source>
        <translation>クイズをやめますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="223" />
        <source>Leave this quiz and go back to the home screen? Answers so far are kept.</source>
        <translation>このクイズをやめて、ホーム画面に戻りますか？ここまでの回答は保存されています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="224" />
        <source>Leave</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="225" />
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="132" />
        <source>Leave quiz (Esc)</source>
        <translation>やめる（Esc）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="133" />
        <source>Leave the quiz</source>
        <translation>クイズをやめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="138" />
        <source>Question {n} of {total}</source>
        <translation>全{total}問中{n}問目</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="141" />
        <source>Choose one answer.</source>
        <translation>答えを1つ選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="142" />
        <source>Select all that apply.</source>
        <translation>当てはまるものをすべて選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="143" />
        <source>Is this true or false?</source>
        <translation>正しいか誤りか、選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="147" />
        <location filename="../../quizapp/ui/question_view.py" line="187" />
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="152" />
        <source>Keys: 1–{n} select or clear a choice, 0 Not sure, Enter answer.</source>
        <translation>キー操作：1～{n}で選択・解除、0で「わからない」、Enterで回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="154" />
        <source>Keys: 1–{n} choose, 0 Not sure, Enter answer.</source>
        <translation>キー操作：1～{n}で選択、0で「わからない」、Enterで回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="156" />
        <source>Answer (Enter)</source>
        <translation>回答する（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="307" />
        <source>✔ Correct answer (your choice)</source>
        <translation>✔ 正解（あなたが選んだ答え）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="307" />
        <source>✔ Correct answer</source>
        <translation>✔ 正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="310" />
        <source>✖ Your choice: not correct</source>
        <translation>✖ あなたが選んだ答え：不正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="314" />
        <source>Next (Enter)</source>
        <translation>次へ（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="316" />
        <source>Press Enter to go on.</source>
        <translation>Enterキーで次へ進みます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="345" />
        <source>✔ Correct!</source>
        <translation>✔ 正解です！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="347" />
        <source>? You chose “Not sure”. Here is the answer.</source>
        <translation>？「わからない」を選びました。答えを確認しましょう。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="348" />
        <source>✖ Not quite.</source>
        <translation>✖ 残念、不正解です。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="332" />
        <location filename="../../quizapp/ui/question_view.py" line="353" />
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="128" />
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="130" />
        <source>Reads the question and its choices, or the feedback.</source>
        <translation>問題と選択肢を、回答後は解説を読み上げます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="131" />
        <source>Question</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="354" />
        <source>Why each choice is right or wrong:</source>
        <translation>それぞれの選択肢について：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="355" />
        <source>Explanation:</source>
        <translation>解説：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="356" />
        <source>Source:</source>
        <translation>出典：</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="56" />
        <source>Back to home (Enter)</source>
        <translation>ホームに戻る（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="58" />
        <source>Your results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="78" />
        <source>You got {score} of {total} right.</source>
        <translation>{total}問中{score}問正解しました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="79" />
        <source>By topic</source>
        <translation>テーマ別の結果</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="80" />
        <source>Questions to review</source>
        <translation>復習しておきたい問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="81" />
        <source>Your answer:</source>
        <translation>あなたの答え：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="82" />
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="83" />
        <source>You answered every question correctly. Well done!</source>
        <translation>全問正解です。すばらしい！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="88" />
        <source>{correct} of {asked} right</source>
        <translation>{asked}問中{correct}問正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="97" />
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="19" />
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="22" />
        <source>Details are in the log file:</source>
        <translation>詳しい内容はログファイルに記録されています：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="32" />
        <source>An unexpected error occurred.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../quizapp/ui/startup.py" line="53" />
        <source>Your progress file was made by a newer version of this app, so this version cannot open it. Please install the newer version.
{path}</source>
        <translation>学習記録のファイルは、このアプリの新しいバージョンで作られたため、このバージョンでは開けません。新しいバージョンをインストールしてください。
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/startup.py" line="64" />
        <source>Your progress could not be opened.
{detail}</source>
        <translation>学習記録を開けませんでした。
{detail}</translation>
    </message>
</context>
</TS>
