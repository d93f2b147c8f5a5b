<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="45"/>
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="50"/>
        <source>Learn what the My Number Card&apos;s chip holds, who may share personal data, and what the Personal Information Protection Commission does. Every answer comes with an explanation and its source.</source>
        <translation>マイナンバーカードのICチップに何が入っているか、個人情報を誰が提供できるのか、個人情報保護委員会が何をしているのかを学びましょう。どの答えにも解説と出典が付いています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="56"/>
        <source>Start a mixed quiz (10 questions)</source>
        <translation>いろいろなテーマから10問に挑戦する</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="62"/>
        <source>Loading the questions…</source>
        <translation>問題を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="70"/>
        <source>Topics</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="113"/>
        <source>Start</source>
        <translation>始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="116"/>
        <source>Start a quiz on {topic}</source>
        <translation>「{topic}」のクイズを始める</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="125"/>
        <source>No question banks could be loaded.</source>
        <translation>問題集を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="131"/>
        <source>{answered} of {total} questions answered</source>
        <translation>{total}問中{answered}問に回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="136"/>
        <source>{answered} · {percent}% correct</source>
        <translation>{answered}・正答率{percent}%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="146"/>
        <source>…and {n} more.</source>
        <translation>…ほか{n}件</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home_view.py" line="147"/>
        <source>Some question banks could not be loaded:</source>
        <translation>読み込めなかった問題集があります：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="39"/>
        <source>My Number Privacy Quiz</source>
        <translation>マイナンバー・プライバシー学習クイズ</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="128"/>
        <source>Your answer could not be saved. Please try again.</source>
        <translation>回答を保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="145"/>
        <source>Leave the quiz?</source>
        <translation>クイズをやめますか？</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="146"/>
        <source>Leave this quiz and go back to the home screen? Answers so far are kept.</source>
        <translation>このクイズをやめて、ホーム画面に戻りますか？ここまでの回答は保存されています。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="147"/>
        <source>Leave</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="148"/>
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="60"/>
        <source>Leave quiz (Esc)</source>
        <translation>やめる（Esc）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="61"/>
        <source>Leave the quiz</source>
        <translation>クイズをやめる</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="122"/>
        <source>Question {n} of {total}</source>
        <translation>全{total}問中{n}問目</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="126"/>
        <source>Choose one answer.</source>
        <translation>答えを1つ選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="127"/>
        <source>Select all that apply.</source>
        <translation>当てはまるものをすべて選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="128"/>
        <source>Is this true or false?</source>
        <translation>正しいか誤りか、選んでください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="138"/>
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="145"/>
        <source>Keys: 1–{n} select or clear a choice, 0 Not sure, Enter answer.</source>
        <translation>キー操作：1～{n}で選択・解除、0で「わからない」、Enterで回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="147"/>
        <source>Keys: 1–{n} choose, 0 Not sure, Enter answer.</source>
        <translation>キー操作：1～{n}で選択、0で「わからない」、Enterで回答</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="149"/>
        <source>Answer (Enter)</source>
        <translation>回答する（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="247"/>
        <source>✔ Correct answer (your choice)</source>
        <translation>✔ 正解（あなたが選んだ答え）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="247"/>
        <source>✔ Correct answer</source>
        <translation>✔ 正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="250"/>
        <source>✖ Your choice: not correct</source>
        <translation>✖ あなたが選んだ答え：不正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="257"/>
        <source>Next (Enter)</source>
        <translation>次へ（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="258"/>
        <source>Press Enter to go on.</source>
        <translation>Enterキーで次へ進みます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="270"/>
        <source>✔ Correct!</source>
        <translation>✔ 正解です！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="272"/>
        <source>? You chose “Not sure”. Here is the answer.</source>
        <translation>？「わからない」を選びました。答えを確認しましょう。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="273"/>
        <source>✖ Not quite.</source>
        <translation>✖ 残念、不正解です。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="278"/>
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="279"/>
        <source>Why each choice is right or wrong:</source>
        <translation>それぞれの選択肢について：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="280"/>
        <source>Explanation:</source>
        <translation>解説：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/question_view.py" line="281"/>
        <source>Source:</source>
        <translation>出典：</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="40"/>
        <source>Back to home (Enter)</source>
        <translation>ホームに戻る（Enter）</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="51"/>
        <source>You got {score} of {total} right.</source>
        <translation>{total}問中{score}問正解しました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="52"/>
        <source>By topic</source>
        <translation>テーマ別の結果</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="53"/>
        <source>Questions to review</source>
        <translation>復習しておきたい問題</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="54"/>
        <source>Your answer:</source>
        <translation>あなたの答え：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="55"/>
        <source>Correct answer:</source>
        <translation>正解：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="56"/>
        <source>You answered every question correctly. Well done!</source>
        <translation>全問正解です。すばらしい！</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="61"/>
        <source>{correct} of {asked} right</source>
        <translation>{asked}問中{correct}問正解</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/results_view.py" line="70"/>
        <source>Not sure</source>
        <translation>わからない</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="19"/>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="22"/>
        <source>Details are in the log file:</source>
        <translation>詳しい内容はログファイルに記録されています：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="32"/>
        <source>An unexpected error occurred.</source>
        <translation>予期しないエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="34"/>
        <source>Already open</source>
        <translation>すでに起動しています</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="35"/>
        <source>The quiz is already open. Please use the window that is already running.</source>
        <translation>クイズはすでに起動しています。開いているウィンドウをお使いください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="38"/>
        <source>Only one copy of the app can use this data folder at a time:</source>
        <translation>このデータフォルダーを同時に使えるのは1つのアプリだけです：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="45"/>
        <source>The disk is full, so your progress cannot be saved.</source>
        <translation>ディスクがいっぱいのため、学習記録を保存できません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="47"/>
        <source>Your progress cannot be saved: this folder cannot be written to.</source>
        <translation>このフォルダーに書き込めないため、学習記録を保存できません。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="50"/>
        <source>Nothing you saved before has been lost. Free some disk space or choose another folder with --data-dir, then start the app again.</source>
        <translation>これまでに保存した記録は失われていません。ディスクの空きを作るか、--data-dir で別のフォルダーを指定してから、もう一度起動してください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="58"/>
        <source>Cannot save progress</source>
        <translation>記録を保存できません</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="66"/>
        <source>Your answer could not be saved because the disk is full.</source>
        <translation>ディスクがいっぱいのため、回答を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="70"/>
        <source>Your answer could not be saved because the data folder cannot be written to.</source>
        <translation>データフォルダーに書き込めないため、回答を保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="73"/>
        <source>Answers saved before are safe. Free some disk space, then answer again.</source>
        <translation>これまでの回答は無事です。ディスクの空きを作ってから、もう一度回答してください。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="79"/>
        <source>Answer not saved</source>
        <translation>回答を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="87"/>
        <source>Your progress file was damaged, so it was restored from the backup of {date}.</source>
        <translation>学習記録のファイルが壊れていたため、{date} のバックアップから復元しました。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="91"/>
        <source>Your progress file was damaged and no usable backup was found, so it starts afresh.</source>
        <translation>学習記録のファイルが壊れていて、使えるバックアップもなかったため、新しく記録を始めます。</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="95"/>
        <source>The damaged file was kept, not deleted:</source>
        <translation>壊れたファイルは削除せずに残してあります：</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/notices.py" line="101"/>
        <source>Progress file repaired</source>
        <translation>学習記録を修復しました</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../quizapp/ui/startup.py" line="79"/>
        <source>Your progress file was made by a newer version of this app, so this version cannot open it. Please install the newer version.
{path}</source>
        <translation>学習記録のファイルは、このアプリの新しいバージョンで作られたため、このバージョンでは開けません。新しいバージョンをインストールしてください。
{path}</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/startup.py" line="90"/>
        <source>Your progress could not be opened.
{detail}</source>
        <translation>学習記録を開けませんでした。
{detail}</translation>
    </message>
</context>
</TS>
